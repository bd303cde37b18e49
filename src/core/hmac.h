#pragma once

#include "secret.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace linkscope {

// The HMAC flavours the platform's SDKs sign with.
enum class SignMethod : quint8 { HmacSha1, HmacSha256, HmacSha384, HmacSha512, HmacMd5 };

// Wire names: SHA1, SHA256, SHA384, SHA512, HMACMD5.
QString signMethodName(SignMethod method);
// Accepts the wire names and the "hmacsha256" spelling, any case.
std::optional<SignMethod> signMethodFromName(QStringView name);

QByteArray hmac(SignMethod method, const Secret &key, QByteArrayView data);
QByteArray hmacHex(SignMethod method, const Secret &key, QByteArrayView data); // lowercase
QByteArray hmacBase64(SignMethod method, const Secret &key, QByteArrayView data);

// Compares in time independent of where the inputs differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace linkscope
