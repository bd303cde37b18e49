#include "bare_receiver.h"

#include <proton/connection.hpp>
#include <proton/connection_options.hpp>
#include <proton/container.hpp>
#include <proton/delivery.hpp>
#include <proton/error_condition.hpp>
#include <proton/message.hpp>
#include <proton/messaging_handler.hpp>
#include <proton/receiver_options.hpp>
#include <proton/ssl.hpp>
#include <proton/transport.hpp>
#include <proton/types.hpp>

#include <chrono>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace {

qint64 steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

class Handler : public proton::messaging_handler {
public:
    Handler(const BareReceiverOptions &o, BareReceiverResult &r) : m_options(o), m_result(r)
    {
        if (!o.durableFile.isEmpty()) {
            m_fd = ::open(o.durableFile.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                          0600);
            if (m_fd < 0)
                m_result.error = QStringLiteral("cannot open %1").arg(o.durableFile);
        }
    }
    ~Handler() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    void on_container_start(proton::container &c) override
    {
        proton::connection_options co;
        co.user(m_options.username.toStdString());
        co.password(m_options.password.toStdString());
        co.sasl_allowed_mechs("PLAIN");
        co.idle_timeout(proton::duration(60'000)); // the cloud wants 30-300 s
        co.ssl_client_options(
            proton::ssl_client_options(m_options.caFile.toStdString(), proton::ssl::VERIFY_PEER_NAME));
        co.virtual_host("localhost");
        const std::string url
            = "amqps://" + m_options.host.toStdString() + ":" + std::to_string(m_options.port);
        c.connect(url, co);
    }

    void on_connection_open(proton::connection &c) override
    {
        c.open_receiver("default",
                        proton::receiver_options().credit_window(m_options.credit).auto_accept(m_fd < 0));
    }

    void on_message(proton::delivery &d, proton::message &m) override
    {
        // Without a file: accepted on return (auto-accept), nothing else.
        if (m_fd >= 0) {
            if (m.body().type() == proton::BINARY) {
                const proton::binary body = proton::get<proton::binary>(m.body());
                m_buffer.append(reinterpret_cast<const char *>(body.data()), body.size());
            } else {
                m_buffer.append(proton::get<std::string>(m.body()));
            }
            m_buffer.push_back('\n');
            m_held.push_back(d);
        }
        const qint64 now = steadyMs();
        if (m_result.received++ == 0)
            m_result.firstMs = now;
        m_result.lastMs = now;
        while (m_result.tenths.size() < 10
               && m_result.received >= m_options.expected * (m_result.tenths.size() + 1) / 10)
            m_result.tenths.append(now);
        const bool last = m_result.received >= m_options.expected;
        if (m_fd >= 0 && (last || int(m_held.size()) >= m_options.syncEvery))
            syncAndAccept();
        if (last)
            d.connection().close();
    }

    void syncAndAccept()
    {
        for (size_t done = 0; done < m_buffer.size();) {
            const ssize_t n = ::write(m_fd, m_buffer.data() + done, m_buffer.size() - done);
            if (n <= 0) {
                m_result.error = QStringLiteral("write failed");
                return;
            }
            done += size_t(n);
        }
        ::fdatasync(m_fd);
        for (proton::delivery &h : m_held)
            h.accept();
        m_held.clear();
        m_buffer.clear();
    }

    void on_transport_error(proton::transport &t) override
    {
        if (m_result.received < m_options.expected)
            m_result.error = QString::fromStdString(t.error().what());
    }

    void on_connection_error(proton::connection &c) override
    {
        m_result.error = QString::fromStdString(c.error().what());
    }

private:
    const BareReceiverOptions &m_options;
    BareReceiverResult &m_result;
    int m_fd = -1;
    std::string m_buffer;
    std::vector<proton::delivery> m_held;
};

} // namespace

BareReceiverResult runBareReceiver(const BareReceiverOptions &options)
{
    BareReceiverResult result;
    Handler handler(options, result);
    try {
        proton::container(handler).run();
    } catch (const std::exception &e) {
        result.error = QString::fromUtf8(e.what());
    }
    return result;
}
