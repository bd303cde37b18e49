#include "hpack.h"

#include <nghttp2/nghttp2.h>

#include <vector>

namespace linkscope::http2 {

struct HpackEncoder::Private {
    nghttp2_hd_deflater *deflater = nullptr;
};

HpackEncoder::HpackEncoder() : d(std::make_unique<Private>())
{
    if (nghttp2_hd_deflate_new(&d->deflater, 4096) != 0)
        qFatal("nghttp2_hd_deflate_new: out of memory");
}

HpackEncoder::~HpackEncoder()
{
    nghttp2_hd_deflate_del(d->deflater);
}

QByteArray HpackEncoder::encode(const HeaderList &headers)
{
    std::vector<nghttp2_nv> nva;
    nva.reserve(size_t(headers.size()));
    for (const auto &[name, value] : headers) {
        nghttp2_nv nv;
        nv.name = reinterpret_cast<uint8_t *>(const_cast<char *>(name.constData()));
        nv.namelen = size_t(name.size());
        nv.value = reinterpret_cast<uint8_t *>(const_cast<char *>(value.constData()));
        nv.valuelen = size_t(value.size());
        nv.flags = NGHTTP2_NV_FLAG_NONE;
        nva.push_back(nv);
    }
    QByteArray out(qsizetype(nghttp2_hd_deflate_bound(d->deflater, nva.data(), nva.size())),
                   Qt::Uninitialized);
    const ssize_t n = nghttp2_hd_deflate_hd(d->deflater, reinterpret_cast<uint8_t *>(out.data()),
                                            size_t(out.size()), nva.data(), nva.size());
    if (n < 0)
        qFatal("nghttp2_hd_deflate_hd failed: %s", nghttp2_strerror(int(n)));
    out.truncate(qsizetype(n));
    return out;
}

struct HpackDecoder::Private {
    nghttp2_hd_inflater *inflater = nullptr;
    qsizetype maxHeaderListSize = 0;
    bool broken = false;
};

HpackDecoder::HpackDecoder(qsizetype maxHeaderListSize) : d(std::make_unique<Private>())
{
    d->maxHeaderListSize = maxHeaderListSize;
    if (nghttp2_hd_inflate_new(&d->inflater) != 0)
        qFatal("nghttp2_hd_inflate_new: out of memory");
}

HpackDecoder::~HpackDecoder()
{
    nghttp2_hd_inflate_del(d->inflater);
}

Result<HeaderList> HpackDecoder::decode(QByteArrayView block)
{
    if (d->broken)
        return Error {QStringLiteral("the header decoder failed earlier; the connection cannot continue")};
    HeaderList out;
    qsizetype listSize = 0;
    const auto *in = reinterpret_cast<const uint8_t *>(block.data());
    size_t inlen = size_t(block.size());
    for (;;) {
        nghttp2_nv nv;
        int flags = 0;
        const ssize_t rv = nghttp2_hd_inflate_hd2(d->inflater, &nv, &flags, in, inlen, 1);
        if (rv < 0) {
            d->broken = true;
            return Error {QStringLiteral("HPACK decoding failed: %1")
                              .arg(QString::fromLatin1(nghttp2_strerror(int(rv))))};
        }
        in += rv;
        inlen -= size_t(rv);
        if (flags & NGHTTP2_HD_INFLATE_EMIT) {
            // RFC 9113 §6.5.2: the size of a list counts 32 octets per field.
            listSize += qsizetype(nv.namelen + nv.valuelen + 32);
            if (listSize > d->maxHeaderListSize) {
                d->broken = true;
                return Error {QStringLiteral("a header list over %1 bytes").arg(d->maxHeaderListSize)};
            }
            out.append({QByteArray(reinterpret_cast<const char *>(nv.name), qsizetype(nv.namelen)),
                        QByteArray(reinterpret_cast<const char *>(nv.value), qsizetype(nv.valuelen))});
        }
        if (flags & NGHTTP2_HD_INFLATE_FINAL) {
            nghttp2_hd_inflate_end_headers(d->inflater);
            break;
        }
        if (!(flags & NGHTTP2_HD_INFLATE_EMIT) && inlen == 0) {
            d->broken = true;
            return Error {QStringLiteral("HPACK decoding failed: the header block ends mid-field")};
        }
    }
    return out;
}

} // namespace linkscope::http2
