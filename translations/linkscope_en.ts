<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Duration</name>
    <message>
        <location filename="../src/gui/chartticks.cpp" line="69"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartticks.cpp" line="70"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartticks.cpp" line="72"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartticks.cpp" line="74"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartticks.cpp" line="75"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../src/gui/payloadtext.cpp" line="16"/>
        <source>Not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/payloadtext.cpp" line="42"/>
        <source>… %1 more bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="6"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="10"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="12"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="13"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="18"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="20"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="21"/>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="22"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="24"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="26"/>
        <source>Host and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="33"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="36"/>
        <source>The system&apos;s trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="37"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="45"/>
        <source>Project credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="47"/>
        <source>AppKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="49"/>
        <source>AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="52"/>
        <source>Remember the AppSecret for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="53"/>
        <source>Consumer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="54"/>
        <source>The AppKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="55"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="57"/>
        <source>HTTP/2 path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="59"/>
        <source>HTTP/2 sign method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="66"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="68"/>
        <source>Messages in flight (AMQP credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="70"/>
        <source>Idle timeout (AMQP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="71"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="72"/>
        <source>Drop the cloud&apos;s offline backlog at login (HTTP/2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="73"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="74"/>
        <source>Every topic; or filters with + and #, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="86"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="92"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="94"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::AppController</name>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="104"/>
        <source>LinkScope — demo over HTTP/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="105"/>
        <source>LinkScope — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="133"/>
        <source>LinkScope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="165"/>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="168"/>
        <source>Storing failed, nothing acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="228"/>
        <source>LinkScope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::BindingModel</name>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="32"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="32"/>
        <source>Sharer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="44"/>
        <source>bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="44"/>
        <source>unbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="61"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="63"/>
        <source>Identity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="65"/>
        <source>Tenant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="67"/>
        <source>Scope ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="69"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="69"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="71"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::BindingsPanel</name>
    <message>
        <location filename="../src/gui/bindingspanel.cpp" line="34"/>
        <source>Select a device to see its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bindingspanel.cpp" line="44"/>
        <source>Current users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bindingspanel.cpp" line="49"/>
        <source>Bind and unbind history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bindingspanel.cpp" line="59"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/bindingspanel.cpp" line="70"/>
        <source>no user is bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bindingspanel.cpp" line="71"/>
        <source>%n owner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bindingspanel.cpp" line="72"/>
        <source>%n sharer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/bindingspanel.cpp" line="73"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::ChartsPanel</name>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="53"/>
        <source>Last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="53"/>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="53"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="53"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="54"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="54"/>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="61"/>
        <location filename="../src/gui/chartspanel.cpp" line="275"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="62"/>
        <source>Freeze the charts; data keeps arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="66"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="66"/>
        <source>Follow the present again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="72"/>
        <source>Add chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="73"/>
        <source>Add an empty chart below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="76"/>
        <source>Remove the current chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="78"/>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="79"/>
        <source>Save the current chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="81"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="82"/>
        <source>Save the current chart&apos;s data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="173"/>
        <source>Current chart: new properties go here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="275"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="309"/>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="317"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="318"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="343"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="344"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="346"/>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="346"/>
        <location filename="../src/gui/chartspanel.cpp" line="354"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="351"/>
        <source>Save chart data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="352"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="354"/>
        <source>Save chart data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::ConnectionTester</name>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="81"/>
        <source>Connected: the cloud accepted the AppKey and AppSecret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="83"/>
        <source>Wrong AppKey or AppSecret: the cloud refused the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="85"/>
        <source>Certificate not trusted: the server&apos;s certificate does not verify against the CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="88"/>
        <source>Host unreachable: no connection could be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="90"/>
        <source>No answer: the host did not complete the login in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="92"/>
        <source>The connection failed inside LinkScope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::DemoSession</name>
    <message>
        <location filename="../src/session/demosession.cpp" line="40"/>
        <source>the emulator %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/demosession.cpp" line="62"/>
        <source>the emulator did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/demosession.cpp" line="69"/>
        <source>the emulator did not get ready (see %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::DevicePanel</name>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="27"/>
        <source>Filter devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="95"/>
        <source>Tick a property to chart it, or drag it onto a chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="155"/>
        <location filename="../src/gui/devicepanel.cpp" line="160"/>
        <source>Copy productKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="158"/>
        <source>Copy iotId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="161"/>
        <source>Copy deviceName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="163"/>
        <source>Open in inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="165"/>
        <source>Export history…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::DeviceTreeModel</name>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="40"/>
        <location filename="../src/gui/devicetreemodel.cpp" line="43"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="45"/>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="47"/>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="49"/>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="50"/>
        <source>%1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="123"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="125"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="127"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="129"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="131"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="150"/>
        <source>%1 of %2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="172"/>
        <source>%1/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="180"/>
        <source>%1
productKey %2
iotId %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="181"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="182"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="182"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::EventLogModel</name>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="29"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="31"/>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="33"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="43"/>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="45"/>
        <source>request error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="47"/>
        <source>forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="49"/>
        <source>too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="51"/>
        <source>request parameter error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="53"/>
        <source>device not activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="55"/>
        <source>device offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="57"/>
        <source>unknown code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="83"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="85"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="87"/>
        <source>Event or reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="89"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="91"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="122"/>
        <source>%1 / %2
message %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="199"/>
        <source>reply %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="200"/>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="200"/>
        <source>failed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="202"/>
        <source>%1 · request %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::EventsPanel</name>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="33"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="38"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="39"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="40"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="41"/>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="48"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="56"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="62"/>
        <source>All times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="62"/>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="62"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="62"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="67"/>
        <source>Search events and replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="89"/>
        <source>Double-click a row to see its message in the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::InspectorWidget</name>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="54"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="55"/>
        <location filename="../src/gui/inspectorwidget.cpp" line="143"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="68"/>
        <source>Filter by device, topic, kind or message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="87"/>
        <source>Select a message to see its payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="97"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="98"/>
        <source>Raw bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="99"/>
        <source>Diff with previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="127"/>
        <source>Malformed messages are kept here with the reason they were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="143"/>
        <source>Rejected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="184"/>
        <source>%1 · %2 · message %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="191"/>
        <source>⚠ The device&apos;s clock was %1 ahead: its values are ordered by the cloud&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="192"/>
        <source>⚠ The device&apos;s clock was %1 behind: its values are ordered by the cloud&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="201"/>
        <source>No earlier message of this device on this topic is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="204"/>
        <source>&lt;p&gt;Against message %1 received at %2:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="216"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;topic %2 · message %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="45"/>
        <source>LinkScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="67"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="68"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="69"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="70"/>
        <source>Bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="71"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="152"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="130"/>
        <source>Start &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="132"/>
        <source>Watch an emulated fleet on this computer, no account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="134"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="139"/>
        <source>D&amp;isconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="144"/>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="146"/>
        <source>&amp;Rejected messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="157"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="159"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="110"/>
        <location filename="../src/gui/mainwindow.cpp" line="456"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="165"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="166"/>
        <source>&amp;About LinkScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="167"/>
        <source>About LinkScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="168"/>
        <source>&lt;b&gt;LinkScope %1&lt;/b&gt;&lt;p&gt;A live monitor for the Life IoT Platform&apos;s data push (AMQP 1.0 and HTTP/2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="173"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="189"/>
        <source>&lt;h2&gt;Welcome to LinkScope&lt;/h2&gt;&lt;p&gt;Watch your Life IoT Platform devices live: properties, online state, users, events and every raw message.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="195"/>
        <source>Start the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="197"/>
        <source>An emulated fleet on this computer: no account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="199"/>
        <source>Connect to my project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="231"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="232"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="233"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="233"/>
        <source>Follow the present again (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="237"/>
        <source>Drag or Shift+wheel to scroll in time; hover a bar for its times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="293"/>
        <source>Export history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="294"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="459"/>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="462"/>
        <source>Authenticating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="465"/>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="465"/>
        <source>Subscribed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="468"/>
        <source>Reconnecting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="471"/>
        <source>AuthFailed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="474"/>
        <source>TlsFailed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="477"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="503"/>
        <source>%1 msg/s · latency %2 · %3 duplicates · %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="505"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="505"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="509"/>
        <source> · display thinned: %1 updates merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::MessageLogModel</name>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="40"/>
        <source>rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="44"/>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="52"/>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="53"/>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="81"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="83"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="85"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="87"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="89"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::PipelineHost</name>
    <message>
        <location filename="../src/session/pipelinehost.cpp" line="89"/>
        <source>the session has already run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::PropertyChart</name>
    <message>
        <location filename="../src/gui/propertychart.cpp" line="325"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychart.cpp" line="330"/>
        <source>%1 (min %2, max %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartpaint.cpp" line="80"/>
        <source>Tick properties in the Devices panel, or drag them here, to chart them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartpaint.cpp" line="84"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartpaint.cpp" line="84"/>
        <source>Not live: double-click to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychart.cpp" line="421"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychart.cpp" line="422"/>
        <source>Step strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychart.cpp" line="423"/>
        <source>Markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychart.cpp" line="431"/>
        <source>Remove from chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychart.cpp" line="435"/>
        <source>Follow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychart.cpp" line="436"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychart.cpp" line="436"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::PropertyListModel</name>
    <message>
        <location filename="../src/gui/propertylistmodel.cpp" line="114"/>
        <source>%1 = %2
at %3
Tick to chart it, or drag it onto a chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertylistmodel.cpp" line="151"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertylistmodel.cpp" line="153"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertylistmodel.cpp" line="155"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::SettingsController</name>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="57"/>
        <location filename="../src/app/settingscontroller.cpp" line="233"/>
        <source>My project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="75"/>
        <source>The language changes when LinkScope starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="107"/>
        <source>There is no profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="120"/>
        <source>The AppSecret of “%1” is not available: %2. Enter it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="151"/>
        <source>Not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="168"/>
        <source>Saving the AppSecret in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="176"/>
        <source>Not saved: the AppSecret could not go into the keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="194"/>
        <source>Saved. The AppSecret stays in memory until LinkScope quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="195"/>
        <source>Saved. The AppSecret is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="224"/>
        <source>The profile is gone, but its AppSecret could not be removed from the keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="243"/>
        <source>Certificate not usable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="21"/>
        <source>AMQP 1.0 (port 5671)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="22"/>
        <source>HTTP/2 (port 443)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="24"/>
        <source>China (Shanghai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="24"/>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="24"/>
        <source>US (Virginia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="24"/>
        <source>Germany (Frankfurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="28"/>
        <source>Custom host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="31"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="34"/>
        <source>Takes effect when LinkScope starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="35"/>
        <source>⚠ One client at a time receives a project&apos;s push. Connecting takes it away from any other consumer on this AppKey (your server, the SDK sample) until LinkScope disconnects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="42"/>
        <location filename="../src/gui/settingsdialog.cpp" line="124"/>
        <location filename="../src/gui/settingsdialog.cpp" line="141"/>
        <source>Stored in the system keychain, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="45"/>
        <source>Save and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="65"/>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="66"/>
        <source>Delete the profile “%1” and its AppSecret from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="73"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="74"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="123"/>
        <location filename="../src/gui/settingsdialog.cpp" line="140"/>
        <source>Stored; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="196"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="196"/>
        <source>Name of the new profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="208"/>
        <source>Give the profile a name (without / or \).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="210"/>
        <source>Enter the host to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="212"/>
        <source>Enter the project&apos;s AppKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="214"/>
        <source>Enter the project&apos;s AppSecret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="218"/>
        <source>The topic filter %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="232"/>
        <source>&lt;b&gt;No keychain is available&lt;/b&gt; (%1). LinkScope never writes an AppSecret to a file: tick the box to keep it in memory until LinkScope quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="276"/>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::StatusTimelineModel</name>
    <message>
        <location filename="../src/gui/statustimelinemodel.cpp" line="46"/>
        <source>%1: flapping, %2 changes in the last %3 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::StatusTimelineView</name>
    <message>
        <location filename="../src/gui/statustimelineview.cpp" line="180"/>
        <source>No online/offline changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/statustimelineview.cpp" line="229"/>
        <source>Not live: double-click to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/statustimelineview.cpp" line="245"/>
        <source>%1: %2
from %3
to %4
for %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/statustimelineview.cpp" line="246"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/statustimelineview.cpp" line="246"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/statustimelineview.cpp" line="247"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/statustimelineview.cpp" line="250"/>
        <source>Flapping: %1 changes in the last %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/statustimelineview.cpp" line="257"/>
        <source>%1: no status known at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::transport::AmqpSubscriber</name>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="302"/>
        <source>an error inside LinkScope&apos;s AMQP client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="327"/>
        <source>the cloud closed the receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="328"/>
        <source>the cloud closed the receiver (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="337"/>
        <location filename="../src/transport/amqpsubscriber.cpp" line="349"/>
        <source>the cloud refused the AppKey or AppSecret (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="340"/>
        <source>the cloud closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="341"/>
        <source>the cloud closed the connection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="351"/>
        <source>AMQP error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="355"/>
        <source>the connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="396"/>
        <source>the AMQP transfer is empty (no message in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="398"/>
        <source>the AMQP message is %1, over the %2 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="404"/>
        <source>the AMQP message cannot be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="425"/>
        <source>the AMQP message has no body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="436"/>
        <source>the AMQP message body is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="447"/>
        <source>the AMQP message body is %1, not a Data section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::transport::Http2Subscriber</name>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="166"/>
        <source>the server did not agree to HTTP/2 (ALPN h2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="212"/>
        <source>HTTP/2 protocol error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="236"/>
        <source>the cloud answered the login with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="238"/>
        <source>the cloud answered the login with status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="274"/>
        <source>the server sent more than %1 KiB for one message; the stream was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="282"/>
        <source>the server had more than %1 KiB of unfinished messages open at once; the stream was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="338"/>
        <source>the cloud reset the login stream (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="368"/>
        <source>the cloud ended the login (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="371"/>
        <source>the server sent GOAWAY (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="395"/>
        <source>the server answers no acknowledgement (%1 waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="433"/>
        <source>nothing arrived for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::transport::Subscriber</name>
    <message>
        <location filename="../src/transport/subscriber.cpp" line="36"/>
        <source>cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/subscriber.cpp" line="39"/>
        <source>the CA file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/subscriber.cpp" line="44"/>
        <source>the CA file %1 is DER-encoded; LinkScope reads PEM (convert it with openssl x509 -inform DER -in %1 -out ca.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/subscriber.cpp" line="47"/>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::transport::TlsSubscriber</name>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="30"/>
        <source>in %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="31"/>
        <source>retrying in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="51"/>
        <source>no name at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="54"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="78"/>
        <source>the login was not answered within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="80"/>
        <source>the server did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="111"/>
        <source>TLS is not available (no OpenSSL backend for Qt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="125"/>
        <source>connection limit of 100 a minute reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="157"/>
        <location filename="../src/transport/tlssubscriber.cpp" line="209"/>
        <source>the server&apos;s certificate is not trusted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="192"/>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="202"/>
        <source>the certificate is for %1, not for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="219"/>
        <source>the server stopped reading (%1 KiB unsent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="67"/>
        <source>Live monitor for the Life IoT Platform&apos;s data push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="71"/>
        <source>Quit after &lt;ms&gt; milliseconds (for tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="75"/>
        <source>Watch an emulated fleet (no account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="79"/>
        <source>The demo&apos;s transport: amqp (default) or http2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="83"/>
        <source>The demo&apos;s messages per second in all (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="87"/>
        <source>The demo&apos;s number of devices (default 24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="91"/>
        <source>The demo&apos;s number of products (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="96"/>
        <source>Write how the window keeps up to &lt;file&gt;, a JSON line a second (timer lateness, how far behind, GUI CPU, memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="102"/>
        <source>Chart this many properties of different devices at once (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="106"/>
        <source>Connect with the saved profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="111"/>
        <source>Save a PNG of the window to &lt;file&gt; before quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="143"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="144"/>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="148"/>
        <location filename="../src/app/main.cpp" line="174"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="149"/>
        <source>Could not start the session for “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
