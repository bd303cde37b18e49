// Helper of tst_crashsafety: appends batches of 50 messages to an intake log
// forever (IntakeWriter, as the pipeline does) and prints "logged N"
// (flushed) once batch N may be acknowledged. The test SIGKILLs it at a
// random moment.
//   intake_crash_writer DIR FIRST_BATCH

#include "intakefixtures.h"
#include "store/intakewriter.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace linkscope;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    registerMessageTypes();
    if (argc < 3)
        return 2;
    store::IntakeWriter::Options o;
    o.segmentBytes = 64 * 1024; // files come and go as they would over hours
    store::IntakeWriter writer(QString::fromLocal8Bit(argv[1]), o);
    auto opened = writer.openNow(0);
    if (!opened) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(opened.error()));
        return 1;
    }
    QObject::connect(&writer, &store::IntakeWriter::logged, [](const QStringList &ids) {
        // One line per batch in it: "b<batch>-<i>" ids.
        QSet<QString> batches;
        for (const QString &id : ids)
            batches.insert(id.section(u'-', 0, 0).mid(1));
        for (const QString &b : std::as_const(batches))
            std::printf("logged %s\n", qPrintable(b));
        std::fflush(stdout);
    });
    int batch = std::atoi(argv[2]);
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        writer.append(intakefixtures::messages(0, 50, QStringLiteral("b%1-").arg(batch++)));
        writer.writeSoon();
    });
    tick.start(1);
    return app.exec();
}
