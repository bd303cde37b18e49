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

#include <chrono>

namespace {

qint64 steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

class Handler : public proton::messaging_handler {
public:
    Handler(const BareReceiverOptions &o, BareReceiverResult &r) : m_options(o), m_result(r) { }

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
        c.open_receiver("default", proton::receiver_options().credit_window(m_options.credit));
    }

    void on_message(proton::delivery &d, proton::message &) override
    {
        // Accepted on return (auto-accept): nothing else is done with it.
        const qint64 now = steadyMs();
        if (m_result.received++ == 0)
            m_result.firstMs = now;
        m_result.lastMs = now;
        if (m_result.received >= m_options.expected)
            d.connection().close();
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
