<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>linkscope::Collector</name>
    <message>
        <location filename="../src/app/collect/collector.cpp" line="31"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::DeviceTreeModel</name>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="16"/>
        <location filename="../src/gui/devicetreemodel.cpp" line="19"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="21"/>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="23"/>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="25"/>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="26"/>
        <source>%1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="99"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="101"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="103"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="105"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="107"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="133"/>
        <source>%1 of %2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="155"/>
        <source>%1/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="163"/>
        <source>%1
productKey %2
iotId %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="164"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="165"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="165"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="15"/>
        <source>LinkScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="19"/>
        <source>Message inspector: select a message to see its payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="24"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="24"/>
        <source>No devices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="25"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="25"/>
        <source>Pick a property to chart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="27"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="27"/>
        <source>No online/offline changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="29"/>
        <source>Bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="29"/>
        <source>Select a device to see its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="31"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="31"/>
        <source>No events yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="33"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="34"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="36"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="40"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::transport::AmqpSubscriber</name>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="330"/>
        <source>cannot read the CA file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="354"/>
        <source>connection limit of 100 a minute reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="365"/>
        <source>retrying in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="368"/>
        <source>in %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="383"/>
        <source>the cloud refused the AppKey or AppSecret (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="388"/>
        <source>the server&apos;s certificate is not trusted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="32"/>
        <source>Live monitor for the Life IoT Platform&apos;s data push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="36"/>
        <source>Quit after &lt;ms&gt; milliseconds (for tests).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
