#pragma once

#include <QByteArray>
#include <QString>

class QDebug;

namespace linkscope {

// An AppSecret (or any credential). It never prints itself: qDebug() shows
// "Secret(<redacted>)", and reading the bytes takes an explicit reveal().
// The memory is wiped when the last copy goes.
class Secret {
public:
    Secret() = default;
    explicit Secret(QByteArray bytes) : m_bytes(std::move(bytes)) { }
    static Secret fromString(const QString &text) { return Secret(text.toUtf8()); }
    ~Secret();
    Secret(const Secret &) = default;
    Secret(Secret &&) noexcept = default;
    Secret &operator=(const Secret &) = default;
    Secret &operator=(Secret &&) noexcept = default;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    const QByteArray &reveal() const { return m_bytes; }
    friend bool operator==(const Secret &a, const Secret &b) { return a.m_bytes == b.m_bytes; }

private:
    QByteArray m_bytes;
};

QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace linkscope
