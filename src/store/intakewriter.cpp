#include "intakewriter.h"

#include "intakelog.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcIntake, "linkscope.intake")

namespace linkscope::store {

IntakeWriter::IntakeWriter(QString dir, Options options, QObject *parent)
    : QObject(parent), m_log(std::make_unique<IntakeLog>(std::move(dir), options.segmentBytes)),
      m_options(options), m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &IntakeWriter::writeNow);
}

IntakeWriter::~IntakeWriter() = default;

Result<quint64> IntakeWriter::openNow(quint64 indexed)
{
    auto opened = m_log->open(indexed);
    if (!opened)
        return opened;
    m_indexed = indexed;
    m_lastSeq.store(*opened, std::memory_order_relaxed);
    if (*opened > indexed)
        qCInfo(lcIntake).noquote() << "the intake log holds" << (*opened - indexed)
                                   << "messages the history has yet to store";
    return opened;
}

void IntakeWriter::append(const QList<IntakeMessage> &messages)
{
    m_waiting += messages;
}

void IntakeWriter::writeSoon()
{
    m_writePosted.post(this, [this] { writeNow(); });
}

bool IntakeWriter::lagging() const
{
    return lastSeq() - m_indexed >= m_options.maxUnindexed;
}

bool IntakeWriter::held() const
{
    return !m_storeProblem.isEmpty() || lagging();
}

void IntakeWriter::report()
{
    QString now = m_problem;
    if (now.isEmpty() && lagging() && !m_waiting.isEmpty())
        now = QStringLiteral("the history is %1 messages behind the intake log; nothing more is taken in "
                             "until it catches up")
                  .arg(lastSeq() - m_indexed);
    if (now == m_reported)
        return;
    m_reported = now;
    if (now.isEmpty())
        qCInfo(lcIntake) << "storing again";
    else
        qCWarning(lcIntake).noquote() << "cannot store:" << now << "(nothing is acknowledged until it can)";
    emit storageChanged(now);
}

void IntakeWriter::writeNow()
{
    if (m_waiting.isEmpty() || (!m_log->isOpen() && m_problem.isEmpty()))
        return;
    if (held())
        return report();
    if (!m_log->isOpen())
        if (auto reopened = m_log->open(lastSeq()); !reopened) {
            m_problem = reopened.error();
            report();
            m_retryTimer->start(m_options.retryIntervalMs);
            return;
        }
    auto written = m_log->append(m_waiting);
    if (!written) {
        m_problem = written.error();
        report();
        m_retryTimer->start(m_options.retryIntervalMs);
        return;
    }
    QStringList ids;
    ids.reserve(m_waiting.size());
    for (const IntakeMessage &m : std::as_const(m_waiting))
        ids << m.messageId;
    m_waiting.clear();
    m_lastSeq.store(*written, std::memory_order_relaxed);
    m_problem.clear();
    report();
    emit logged(ids);
    emit appended(*written);
}

void IntakeWriter::indexed(quint64 seq)
{
    const bool wasHeld = held();
    m_indexed = std::max(m_indexed, seq);
    if (wasHeld && !held()) {
        writeNow();
        report();
    }
}

void IntakeWriter::setStoreProblem(const QString &problem)
{
    m_storeProblem = problem;
    if (problem.isEmpty())
        writeNow();
}

void IntakeWriter::close()
{
    m_retryTimer->stop();
    m_waiting.clear(); // never acknowledged: the cloud delivers them again
    m_log->close();
}

} // namespace linkscope::store
