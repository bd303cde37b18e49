#include "bindingmodel.h"

#include <QDateTime>
#include <QFont>

namespace linkscope {

BindingModel::BindingModel(Mode mode, QObject *parent) : QAbstractTableModel(parent), m_mode(mode)
{
}

int BindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BindingModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_mode == History ? ActionColumn + 1 : TimeColumn + 1;
}

QVariant BindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BindingRecord &r = m_rows[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RoleColumn:
            return r.identity.owned ? tr("Owner") : tr("Sharer");
        case IdentityColumn:
            return r.identity.identityId;
        case TenantColumn:
            return r.identity.tenantId;
        case ScopeColumn:
            return r.identity.scopeId;
        case TimeColumn:
            return r.time
                ? QDateTime::fromMSecsSinceEpoch(r.time).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                : QString();
        case ActionColumn:
            return r.bind ? tr("bound") : tr("unbound");
        }
    }
    if (role == Qt::FontRole && index.column() == RoleColumn && r.identity.owned) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant BindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case IdentityColumn:
        return tr("Identity ID");
    case TenantColumn:
        return tr("Tenant ID");
    case ScopeColumn:
        return tr("Scope ID");
    case TimeColumn:
        return m_mode == Current ? tr("Since") : tr("When");
    case ActionColumn:
        return tr("Action");
    }
    return {};
}

void BindingModel::setBindings(const DeviceBindings &bindings)
{
    beginResetModel();
    m_device = bindings.device;
    m_rows = m_mode == Current ? bindings.current : bindings.history;
    endResetModel();
}

void BindingModel::clear()
{
    beginResetModel();
    m_device = {};
    m_rows.clear();
    endResetModel();
}

} // namespace linkscope
