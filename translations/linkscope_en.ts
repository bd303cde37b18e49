<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>linkscope::DemoSession</name>
    <message>
        <location filename="../src/app/host/demosession.cpp" line="33"/>
        <source>the emulator %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/host/demosession.cpp" line="50"/>
        <source>the emulator did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/host/demosession.cpp" line="57"/>
        <source>the emulator did not get ready (see %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::DeviceTreeModel</name>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="39"/>
        <location filename="../src/gui/devicetreemodel.cpp" line="42"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="44"/>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="46"/>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="48"/>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="49"/>
        <source>%1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="122"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="124"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="126"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="128"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="130"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="156"/>
        <source>%1 of %2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="179"/>
        <source>%1/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="187"/>
        <source>%1
productKey %2
iotId %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="188"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="189"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="189"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::EventLogModel</name>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="47"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="49"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="51"/>
        <source>Event or reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="53"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="55"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="86"/>
        <source>%1 / %2
message %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="143"/>
        <source>reply %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="144"/>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="144"/>
        <source>failed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="146"/>
        <source>%1 · request %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="26"/>
        <source>LinkScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="30"/>
        <source>Message inspector: select a message to see its payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="35"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="35"/>
        <source>No devices yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="37"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="37"/>
        <source>Pick a property to chart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="39"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="39"/>
        <source>No online/offline changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="41"/>
        <source>Bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="41"/>
        <source>Select a device to see its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="43"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="43"/>
        <source>No events yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="46"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="47"/>
        <source>Start &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="49"/>
        <source>Watch an emulated fleet on this computer, no account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="50"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="52"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="56"/>
        <location filename="../src/gui/mainwindow.cpp" line="141"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="79"/>
        <source>Filter devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="114"/>
        <source>Search events and replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="144"/>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="147"/>
        <source>Authenticating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="150"/>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="153"/>
        <source>Reconnecting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="156"/>
        <source>AuthFailed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="159"/>
        <source>TlsFailed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="168"/>
        <source>%1 msg/s · latency %2 · %3 duplicates · %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="170"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="170"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::PipelineHost</name>
    <message>
        <location filename="../src/app/host/pipelinehost.cpp" line="31"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::transport::AmqpSubscriber</name>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="332"/>
        <source>cannot read the CA file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="356"/>
        <source>connection limit of 100 a minute reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="367"/>
        <source>retrying in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="370"/>
        <source>in %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="385"/>
        <source>the cloud refused the AppKey or AppSecret (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="390"/>
        <source>the server&apos;s certificate is not trusted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="35"/>
        <source>Live monitor for the Life IoT Platform&apos;s data push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="39"/>
        <source>Quit after &lt;ms&gt; milliseconds (for tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="43"/>
        <source>Watch an emulated fleet (no account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="53"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="54"/>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
