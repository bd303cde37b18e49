#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextEdit;

namespace linkscope {

class MessageLogModel;

// The message inspector: every recent message in a filterable list; for
// the selected one its pretty JSON, its raw bytes, and a diff against the
// previous message of the same device and topic. A second tab lists the
// rejected (malformed) messages with their reasons and raw bytes.
class InspectorWidget : public QWidget {
    Q_OBJECT

public:
    explicit InspectorWidget(MessageLogModel *messages, MessageLogModel *rejects, QWidget *parent = nullptr);

    void setFilter(const QString &text);
    // Selects a message by id (when still held); false when not found.
    bool selectMessage(const QString &messageId);
    void showRejected();

    QString prettyText() const;
    QString rawText() const;
    QString headerText() const; // the selected message's kind, topic, id and warnings
    QString diffText() const; // plain text of the diff view
    QString rejectText() const;

private:
    QWidget *makeMessagesTab();
    QWidget *makeRejectsTab();
    void showMessage(const QModelIndex &proxyIndex);
    void showReject(const QModelIndex &proxyIndex);
    void updateRejectTitle();

    MessageLogModel *m_messages;
    MessageLogModel *m_rejects;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_filter = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QSortFilterProxyModel *m_rejectProxy = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_rejectTable = nullptr;
    QLabel *m_header = nullptr;
    QPlainTextEdit *m_pretty = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QTextEdit *m_diff = nullptr;
    QLabel *m_rejectReason = nullptr;
    QPlainTextEdit *m_rejectRaw = nullptr;
};

} // namespace linkscope
