#include "manifestwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>

Q_DECLARE_LOGGING_CATEGORY(lcSim)

namespace linkscope::sim {

namespace {

// The running copy: whole, renamed into place, not synced.
QString writeAndRename(const QString &path, const QByteArray &text, const std::function<void()> &beforeRename)
{
    const QString part = path + QStringLiteral(".part");
    QFile f(part);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        return part + QStringLiteral(": ") + f.errorString();
    f.close();
    if (beforeRename)
        beforeRename();
    if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0)
        return path + QStringLiteral(": ") + qt_error_string(errno);
    return {};
}

} // namespace

ManifestWriter::ManifestWriter(QString path) : m_path(std::move(path))
{
}

ManifestWriter::~ManifestWriter()
{
    join();
}

void ManifestWriter::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

bool ManifestWriter::writeRunning(ManifestSnapshot snapshot)
{
    if (busy())
        return false;
    join(); // the last one is done: only its thread is left to reap
    m_busy.store(true, std::memory_order_release);
    m_thread = std::thread([this, s = std::move(snapshot)] {
        QElapsedTimer took;
        took.start();
        const QString failed = writeAndRename(m_path, manifestJson(s, false), m_beforeRename);
        if (!failed.isEmpty())
            qCWarning(lcSim).noquote() << "cannot write the manifest" << failed;
        m_lastCostMs.store(took.elapsed(), std::memory_order_relaxed);
        m_busy.store(false, std::memory_order_release);
    });
    return true;
}

QString ManifestWriter::writeFinal(const ManifestSnapshot &snapshot)
{
    const QByteArray text = manifestJson(snapshot, true);
    join(); // a rewrite finishing after this one would replace it
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit())
        return m_path + QStringLiteral(": ") + f.errorString();
    return {};
}

} // namespace linkscope::sim
