#pragma once

#include <QSortFilterProxyModel>

#include <limits>

namespace linkscope {

// Filters the event log by device, type (info / alert / error / replies),
// identifier, time range and free text; every filter empty shows all.
class EventFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum TypeFlag { InfoFlag = 0x1, AlertFlag = 0x2, ErrorFlag = 0x4, ReplyFlag = 0x8, AllTypes = 0xf };

    explicit EventFilterProxy(QObject *parent = nullptr);

    void setDevice(const QString &text); // matches productKey/deviceName (substring)
    void setTypes(int flags);
    void setIdentifier(const QString &text); // event identifier or downlink topic (substring)
    void setTimeRange(qint64 from, qint64 to);
    void setSearch(const QString &text); // any column
    int types() const { return m_types; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_device;
    int m_types = AllTypes;
    QString m_identifier;
    qint64 m_from = 0;
    qint64 m_to = std::numeric_limits<qint64>::max();
    QString m_search;
};

} // namespace linkscope
