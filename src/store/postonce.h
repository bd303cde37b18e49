#pragma once

#include <QMetaObject>
#include <QObject>

#include <utility>

namespace linkscope::store {

// The "soon" of commitSoon(), indexSoon() and writeSoon(): runs a job on
// `context`'s thread behind what is queued there now, once however often it
// is asked for before it runs. A member of the context (or of its private
// part): a job still queued when the context goes is dropped with it.
class PostOnce {
public:
    PostOnce() = default;
    Q_DISABLE_COPY_MOVE(PostOnce) // its queued job points at it

    template<typename Job> void post(QObject *context, Job job)
    {
        if (std::exchange(m_posted, true))
            return;
        QMetaObject::invokeMethod(
            context,
            [this, job = std::move(job)] {
                m_posted = false;
                job();
            },
            Qt::QueuedConnection);
    }

private:
    bool m_posted = false;
};

} // namespace linkscope::store
