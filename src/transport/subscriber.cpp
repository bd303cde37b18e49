#include "subscriber.h"

#include "amqpsubscriber.h"
#include "http2subscriber.h"
#include "pipeline/messagepipeline.h"

#include <QFile>
#include <QSslCertificate>

namespace linkscope::transport {

void Subscriber::forwardPipeline(MessagePipeline *p)
{
    connect(p, &MessagePipeline::propertiesReported, this, &Subscriber::propertiesReported);
    connect(p, &MessagePipeline::eventsReceived, this, &Subscriber::eventsReceived);
    connect(p, &MessagePipeline::serviceRepliesReceived, this, &Subscriber::serviceRepliesReceived);
    connect(p, &MessagePipeline::statusesChanged, this, &Subscriber::statusesChanged);
    connect(p, &MessagePipeline::bindingsChanged, this, &Subscriber::bindingsChanged);
    connect(p, &MessagePipeline::otherReceived, this, &Subscriber::otherReceived);
    connect(p, &MessagePipeline::rejected, this, &Subscriber::rejected);
    connect(p, &MessagePipeline::flushed, this, &Subscriber::flushed);
}

void Subscriber::acknowledge(const QStringList &messageIds)
{
    pipeline()->persisted(messageIds); // its acknowledgeNow() names the deliveries
}

void Subscriber::notStored(const QStringList &messageIds)
{
    pipeline()->notStored(messageIds); // its releaseNow() names the deliveries
}

std::unique_ptr<Subscriber> makeSubscriber(const SubscriberProfile &profile)
{
    if (profile.protocol == PushProtocol::Http2)
        return std::make_unique<Http2Subscriber>(profile);
    return std::make_unique<AmqpSubscriber>(profile);
}

QString caFileProblem(const QString &path)
{
    if (path.isEmpty())
        return {}; // the system's CAs
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Subscriber::tr("cannot read the CA file %1: %2").arg(path, f.errorString());
    const QByteArray bytes = f.read(16 * 1024 * 1024);
    if (bytes.trimmed().isEmpty())
        return Subscriber::tr("the CA file %1 is empty").arg(path);
    const QList<QSslCertificate> pem = QSslCertificate::fromData(bytes, QSsl::Pem);
    if (!pem.isEmpty() && !pem.first().isNull())
        return {};
    if (!QSslCertificate::fromData(bytes, QSsl::Der).isEmpty())
        return Subscriber::tr("the CA file %1 is DER-encoded; LinkScope reads PEM (convert it with "
                              "openssl x509 -inform DER -in %1 -out ca.pem)")
            .arg(path);
    return Subscriber::tr("the CA file %1 holds no PEM certificate").arg(path);
}

} // namespace linkscope::transport
