#pragma once

// bench_e2e's baseline: a count-only Qpid Proton C++ receiver. It logs in
// like LinkScope (SASL PLAIN signed with the AppSecret, over verified TLS),
// accepts each delivery the moment it arrives and does nothing else.
//
// With `durableFile` set it is the floor of any receiver that keeps what it
// accepts: each body is appended to that file, and a batch is accepted only
// after its bytes are written and fdatasync'd. No decoding, no index.

#include <QList>
#include <QString>
#include <QtGlobal>

struct BareReceiverOptions {
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;
    QString caFile;
    QString username;
    QByteArray password;
    int credit = 5000; // bench_e2e passes the app's own
    qint64 expected = 0; // closes once this many arrived
    QString durableFile; // empty: accept on arrival
    int syncEvery = 500; // the durable floor's batch, in messages
};

struct BareReceiverResult {
    qint64 received = 0;
    qint64 firstMs = 0; // steady clock, ms, of the first and the last arrival
    qint64 lastMs = 0;
    QList<qint64> tenths; // steady ms when 1/10, 2/10 … of `expected` had arrived
    QString error; // empty: fine
};

// Runs until `expected` messages arrived or the connection failed.
BareReceiverResult runBareReceiver(const BareReceiverOptions &options);
