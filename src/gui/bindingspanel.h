#pragma once

#include "core/history.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace linkscope {

class BindingModel;

// The Bindings dock: for the selected device, who owns it or was shared it
// now, and every bind and unbind with its time.
class BindingsPanel : public QWidget {
    Q_OBJECT

public:
    explicit BindingsPanel(QWidget *parent = nullptr);

    BindingModel *currentModel() const { return m_current; }
    BindingModel *historyModel() const { return m_history; }
    QString summary() const;

public slots:
    void showBindings(const linkscope::DeviceBindings &bindings);
    void showLoading(const linkscope::DeviceKey &device);

private:
    BindingModel *m_current = nullptr;
    BindingModel *m_history = nullptr;
    QLabel *m_title = nullptr;
};

} // namespace linkscope
