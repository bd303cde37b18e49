#pragma once

#include "core/result.h"
#include "core/subscriberprofile.h"

#include <QObject>

#include <memory>

namespace linkscope {

class DemoSession;
class MainWindow;
class PipelineHost;

// Connects a running pipeline (subscriber + store) to the main window's
// views, and runs demo mode. The only GUI-side code that knows them all.
class AppController : public QObject {
    Q_OBJECT

public:
    explicit AppController(MainWindow *window, QObject *parent = nullptr);
    ~AppController() override;

    Result<bool> startDemo();
    Result<bool> startProfile(const SubscriberProfile &profile, const QString &storePath);
    void stop();

private:
    void wire();

    MainWindow *m_window;
    std::unique_ptr<DemoSession> m_demo;
    std::unique_ptr<PipelineHost> m_host;
};

} // namespace linkscope
