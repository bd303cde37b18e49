<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>linkscope::DemoSession</name>
    <message>
        <location filename="../src/app/host/demosession.cpp" line="33"/>
        <source>the emulator %1 is missing</source>
        <translation>缺少模拟器 %1</translation>
    </message>
    <message>
        <location filename="../src/app/host/demosession.cpp" line="50"/>
        <source>the emulator did not start: %1</source>
        <translation>模拟器未能启动：%1</translation>
    </message>
    <message>
        <location filename="../src/app/host/demosession.cpp" line="57"/>
        <source>the emulator did not get ready (see %1)</source>
        <translation>模拟器未就绪（见 %1）</translation>
    </message>
</context>
<context>
    <name>linkscope::DeviceTreeModel</name>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="39"/>
        <location filename="../src/gui/devicetreemodel.cpp" line="42"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="44"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="46"/>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="48"/>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="49"/>
        <source>%1 d ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="122"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="124"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="126"/>
        <source>Last seen</source>
        <translation>最后活动</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="128"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="130"/>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="156"/>
        <source>%1 of %2 online</source>
        <translation>%2 台中 %1 台在线</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="179"/>
        <source>%1/min</source>
        <translation>%1/分钟</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="187"/>
        <source>%1
productKey %2
iotId %3
%4</source>
        <translation>%1
productKey %2
iotId %3
%4</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="188"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="189"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="189"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>linkscope::EventLogModel</name>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="47"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="49"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="51"/>
        <source>Event or reply</source>
        <translation>事件或回复</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="53"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="55"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="86"/>
        <source>%1 / %2
message %3</source>
        <translation>%1 / %2
消息 %3</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="143"/>
        <source>reply %1: %2</source>
        <translation>回复 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="144"/>
        <source>reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="144"/>
        <source>failed reply</source>
        <translation>失败的回复</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="146"/>
        <source>%1 · request %2</source>
        <translation>%1 · 请求 %2</translation>
    </message>
</context>
<context>
    <name>linkscope::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="26"/>
        <source>LinkScope</source>
        <translation>LinkScope</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="30"/>
        <source>Message inspector: select a message to see its payload.</source>
        <translation>消息检查器：选择一条消息以查看其内容。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="35"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="35"/>
        <source>No devices yet.</source>
        <translation>暂无设备。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="37"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="37"/>
        <source>Pick a property to chart it.</source>
        <translation>选择一个属性以绘制图表。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="39"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="39"/>
        <source>No online/offline changes yet.</source>
        <translation>暂无上下线变化。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="41"/>
        <source>Bindings</source>
        <translation>绑定</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="41"/>
        <source>Select a device to see its users.</source>
        <translation>选择一个设备以查看其用户。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="43"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="43"/>
        <source>No events yet.</source>
        <translation>暂无事件。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="46"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="47"/>
        <source>Start &amp;demo</source>
        <translation>启动演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="49"/>
        <source>Watch an emulated fleet on this computer, no account needed</source>
        <translation>在本机观看模拟设备群，无需账号</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="50"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="52"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="56"/>
        <location filename="../src/gui/mainwindow.cpp" line="141"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="79"/>
        <source>Filter devices</source>
        <translation>筛选设备</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="114"/>
        <source>Search events and replies</source>
        <translation>搜索事件和回复</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="144"/>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="147"/>
        <source>Authenticating</source>
        <translation>正在认证</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="150"/>
        <source>Subscribed</source>
        <translation>已订阅</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="153"/>
        <source>Reconnecting %1</source>
        <translation>正在重连 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="156"/>
        <source>AuthFailed: %1</source>
        <translation>认证失败：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="159"/>
        <source>TlsFailed: %1</source>
        <translation>TLS 失败：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="168"/>
        <source>%1 msg/s · latency %2 · %3 duplicates · %4 rejected</source>
        <translation>%1 条/秒 · 延迟 %2 · %3 条重复 · %4 条被拒</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="170"/>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="170"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
</context>
<context>
    <name>linkscope::PipelineHost</name>
    <message>
        <location filename="../src/app/host/pipelinehost.cpp" line="31"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>linkscope::transport::AmqpSubscriber</name>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="332"/>
        <source>cannot read the CA file %1</source>
        <translation>无法读取 CA 文件 %1</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="356"/>
        <source>connection limit of 100 a minute reached</source>
        <translation>已达到每分钟 100 次连接的上限</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="367"/>
        <source>retrying in %1 s</source>
        <translation>%1 秒后重试</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="370"/>
        <source>in %1 s (%2)</source>
        <translation>%1 秒后（%2）</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="385"/>
        <source>the cloud refused the AppKey or AppSecret (%1)</source>
        <translation>云端拒绝了 AppKey 或 AppSecret（%1）</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="390"/>
        <source>the server&apos;s certificate is not trusted (%1)</source>
        <translation>服务器证书不受信任（%1）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="35"/>
        <source>Live monitor for the Life IoT Platform&apos;s data push.</source>
        <translation>生活物联网平台数据推送的实时监视器。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="39"/>
        <source>Quit after &lt;ms&gt; milliseconds (for tests).</source>
        <translation>在 &lt;ms&gt; 毫秒后退出（用于测试）。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="43"/>
        <source>Watch an emulated fleet (no account needed).</source>
        <translation>观看模拟设备群（无需账号）。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="53"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="54"/>
        <source>The demo could not start: %1</source>
        <translation>演示无法启动：%1</translation>
    </message>
</context>
</TS>
