#include "core/messages.h"

#include <QtTest>

using namespace linkscope;

// Message structs travel through queued signals between threads.
class Emitter : public QObject {
    Q_OBJECT
signals:
    void propertiesReported(const QList<linkscope::PropertyReport> &reports);
    void bindingsChanged(const QList<linkscope::BindingChange> &changes);
};

class TestMessages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { registerMessageTypes(); }

    void equalityComparesEveryField()
    {
        PropertyReport a;
        a.device = {QStringLiteral("pk"), QStringLiteral("dn"), QStringLiteral("iot")};
        a.attribute = QStringLiteral("Temp");
        a.value = 21.5;
        PropertyReport b = a;
        QCOMPARE(a, b);
        b.value = 21.6;
        QVERIFY(!(a == b));
        b = a;
        b.device.iotId.clear();
        QVERIFY(!(a == b));
    }

    void deviceKeyId()
    {
        const DeviceKey k {QStringLiteral("pk"), QStringLiteral("设备"), {}};
        QCOMPARE(k.id(), QStringLiteral("pk/设备"));
        QVERIFY(k.isValid());
        QVERIFY(!DeviceKey {}.isValid());
        QCOMPARE(qHash(k),
                 qHash(DeviceKey {QStringLiteral("pk"), QStringLiteral("设备"), QStringLiteral("x")}));
    }

    void kindAndMetaOfVariant()
    {
        DeviceEvent ev;
        ev.meta.messageId = QStringLiteral("e1");
        const DecodedMessage m = ev;
        QCOMPARE(kindOf(m), MessageKind::Event);
        QCOMPARE(metaOf(m).messageId, QStringLiteral("e1"));
        QCOMPARE(kindOf(DecodedMessage(Rejected {})), MessageKind::Rejected);
    }

    void replyCodes()
    {
        QCOMPARE(replyCodeMeaning(200), QStringLiteral("success"));
        QCOMPARE(replyCodeMeaning(9201), QStringLiteral("device offline"));
        QCOMPARE(replyCodeMeaning(1), QStringLiteral("unknown code 1"));
    }

    void batchesCrossThreads()
    {
        Emitter emitter;
        QThread worker;
        QObject receiver;
        receiver.moveToThread(&worker);
        QList<PropertyReport> got;
        QList<BindingChange> bindings;
        QMutex mutex;
        connect(
            &emitter, &Emitter::propertiesReported, &receiver,
            [&](const QList<PropertyReport> &r) {
                QMutexLocker l(&mutex);
                got = r;
            },
            Qt::QueuedConnection);
        connect(
            &emitter, &Emitter::bindingsChanged, &receiver,
            [&](const QList<BindingChange> &b) {
                QMutexLocker l(&mutex);
                bindings = b;
            },
            Qt::QueuedConnection);
        worker.start();
        PropertyReport r;
        r.attribute = QStringLiteral("Temp");
        r.value = QVariantMap {{QStringLiteral("nested"), 1}};
        BindingChange b;
        b.identities = {Identity {QStringLiteral("u1"), {}, QStringLiteral("t"), true}};
        emit emitter.propertiesReported({r, r});
        emit emitter.bindingsChanged({b});
        QTRY_VERIFY([&] {
            QMutexLocker l(&mutex);
            return got.size() == 2 && bindings.size() == 1;
        }());
        worker.quit();
        worker.wait();
        QCOMPARE(got.first(), r);
        QCOMPARE(bindings.first(), b);
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
