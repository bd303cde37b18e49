<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>linkscope::Collector</name>
    <message>
        <location filename="../src/app/collect/collector.cpp" line="31"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>linkscope::DeviceTreeModel</name>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="16"/>
        <location filename="../src/gui/devicetreemodel.cpp" line="19"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="21"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="23"/>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="25"/>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="26"/>
        <source>%1 d ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="99"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="101"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="103"/>
        <source>Last seen</source>
        <translation>最后活动</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="105"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="107"/>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="133"/>
        <source>%1 of %2 online</source>
        <translation>%2 台中 %1 台在线</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="155"/>
        <source>%1/min</source>
        <translation>%1/分钟</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="163"/>
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
        <location filename="../src/gui/devicetreemodel.cpp" line="164"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="165"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="165"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>linkscope::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="15"/>
        <source>LinkScope</source>
        <translation>LinkScope</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="19"/>
        <source>Message inspector: select a message to see its payload.</source>
        <translation>消息检查器：选择一条消息以查看其内容。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="24"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="24"/>
        <source>No devices yet.</source>
        <translation>暂无设备。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="25"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="25"/>
        <source>Pick a property to chart it.</source>
        <translation>选择一个属性以绘制图表。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="27"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="27"/>
        <source>No online/offline changes yet.</source>
        <translation>暂无上下线变化。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="29"/>
        <source>Bindings</source>
        <translation>绑定</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="29"/>
        <source>Select a device to see its users.</source>
        <translation>选择一个设备以查看其用户。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="31"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="31"/>
        <source>No events yet.</source>
        <translation>暂无事件。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="33"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="34"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="36"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="40"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
</context>
<context>
    <name>linkscope::transport::AmqpSubscriber</name>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="330"/>
        <source>cannot read the CA file %1</source>
        <translation>无法读取 CA 文件 %1</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="354"/>
        <source>connection limit of 100 a minute reached</source>
        <translation>已达到每分钟 100 次连接的上限</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="365"/>
        <source>retrying in %1 s</source>
        <translation>%1 秒后重试</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="368"/>
        <source>in %1 s (%2)</source>
        <translation>%1 秒后（%2）</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="383"/>
        <source>the cloud refused the AppKey or AppSecret (%1)</source>
        <translation>云端拒绝了 AppKey 或 AppSecret（%1）</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="388"/>
        <source>the server&apos;s certificate is not trusted (%1)</source>
        <translation>服务器证书不受信任（%1）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="32"/>
        <source>Live monitor for the Life IoT Platform&apos;s data push.</source>
        <translation>生活物联网平台数据推送的实时监视器。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="36"/>
        <source>Quit after &lt;ms&gt; milliseconds (for tests).</source>
        <translation>在 &lt;ms&gt; 毫秒后退出（用于测试）。</translation>
    </message>
</context>
</TS>
