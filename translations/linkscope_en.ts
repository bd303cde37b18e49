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
        <location filename="../ui/settingsdialog.ui" line="51"/>
        <source>Project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="52"/>
        <source>Optional: every device, names, units and labels from the cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="54"/>
        <source>Remember the AppSecret for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="55"/>
        <source>Consumer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="56"/>
        <source>The AppKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="57"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="59"/>
        <source>HTTP/2 path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="61"/>
        <source>HTTP/2 sign method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="68"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="70"/>
        <source>Messages in flight (AMQP credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="72"/>
        <source>Idle timeout (AMQP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="73"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="74"/>
        <source>Drop the cloud&apos;s offline backlog at login (HTTP/2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="75"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="76"/>
        <source>Every topic; or filters with + and #, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="77"/>
        <source>Cloud API gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="78"/>
        <source>The region&apos;s gateway; https://HOST:PORT for a custom host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="79"/>
        <source>Refresh the inventory every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="80"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="80"/>
        <source>never (only at connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="92"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="98"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="100"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::ActiveAlertModel</name>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="53"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="55"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="57"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="66"/>
        <source>Fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="68"/>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="70"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="224"/>
        <source>%1 (acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="269"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="271"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="273"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="275"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="277"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="279"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::AlertCommand</name>
    <message>
        <location filename="../src/session/alertoutputs.cpp" line="71"/>
        <source>alert commands cannot keep up: the oldest waiting are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/alertoutputs.cpp" line="90"/>
        <source>%1 took over %2 ms and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/alertoutputs.cpp" line="100"/>
        <source>%1 exited with status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/alertoutputs.cpp" line="110"/>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::AlertHistoryModel</name>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="373"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="375"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="377"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="379"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="381"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="383"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="385"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::AlertNotifier</name>
    <message>
        <location filename="../src/gui/alertnotifier.cpp" line="61"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/alertnotifier.cpp" line="77"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/alertnotifier.cpp" line="78"/>
        <source>%n devices: %1</source>
        <translation>
            <numerusform>%n device: %1</numerusform>
            <numerusform>%n devices: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/alertnotifier.cpp" line="83"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/alertnotifier.cpp" line="84"/>
        <source>%1: %n devices</source>
        <translation>
            <numerusform>%1: %n device</numerusform>
            <numerusform>%1: %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/alertnotifier.cpp" line="86"/>
        <source>%n alerts</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/alertnotifier.cpp" line="137"/>
        <source>Show device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::AlertsPanel</name>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="85"/>
        <source>Rule or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="89"/>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="90"/>
        <source>Warning and critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="91"/>
        <source>Critical only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="92"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="94"/>
        <source>Also list the active alerts someone has acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="96"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="98"/>
        <source>Mark the selected alerts as seen: they stay until their condition clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="100"/>
        <source>Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="113"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="168"/>
        <source>Active (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::AppController</name>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="136"/>
        <source>LinkScope — demo over HTTP/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="137"/>
        <source>LinkScope — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="169"/>
        <source>LinkScope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="205"/>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="208"/>
        <source>Storing failed, nothing acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/appcontroller.cpp" line="293"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/appcontroller.cpp" line="294"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="308"/>
        <source>Cloud API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="379"/>
        <source>LinkScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appcontrolleralerts.cpp" line="43"/>
        <source>Cannot read the alert rules %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appcontrolleralerts.cpp" line="52"/>
        <source>The alert rules %1 were not loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appcontrolleralerts.cpp" line="69"/>
        <source>The unreadable alert rules were kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appcontrolleralerts.cpp" line="75"/>
        <source>Cannot save the alert rules to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appcontrollerreplay.cpp" line="31"/>
        <source>cannot make a temporary history in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/appcontrollerreplay.cpp" line="69"/>
        <source>LinkScope — replay of %1</source>
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
        <translation>
            <numerusform>%n owner</numerusform>
            <numerusform>%n owners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bindingspanel.cpp" line="72"/>
        <source>%n sharer(s)</source>
        <translation>
            <numerusform>%n sharer</numerusform>
            <numerusform>%n sharers</numerusform>
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
        <location filename="../src/gui/chartspanel.cpp" line="292"/>
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
        <location filename="../src/gui/chartspanel.cpp" line="183"/>
        <source>Current chart: new properties go here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="292"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="326"/>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="334"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="335"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="360"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="361"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="363"/>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="363"/>
        <location filename="../src/gui/chartspanel.cpp" line="371"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="368"/>
        <source>Save chart data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="369"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="371"/>
        <source>Save chart data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::CloudApiHost</name>
    <message>
        <location filename="../src/session/cloudapihost.cpp" line="23"/>
        <source>no Project ID in Settings: only devices that send are listed, without names or units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/cloudapihost.cpp" line="25"/>
        <source>a custom push host needs the cloud API gateway&apos;s address in Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::ConnectionTester</name>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="65"/>
        <location filename="../src/session/connectiontester.cpp" line="93"/>
        <source>Cloud API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="90"/>
        <source>Cloud API: the project %1 answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="117"/>
        <source>Connected: the cloud accepted the AppKey and AppSecret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="119"/>
        <source>Wrong AppKey or AppSecret: the cloud refused the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="121"/>
        <source>Certificate not trusted: the server&apos;s certificate does not verify against the CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="124"/>
        <source>Host unreachable: no connection could be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="126"/>
        <source>No answer: the host did not complete the login in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="128"/>
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
        <location filename="../src/session/demosession.cpp" line="67"/>
        <source>the emulator did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/session/demosession.cpp" line="74"/>
        <source>the emulator did not get ready (see %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::DevicePanel</name>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="30"/>
        <source>Filter devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="133"/>
        <source>Tick a property to chart it, or drag it onto a chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="199"/>
        <location filename="../src/gui/devicepanel.cpp" line="204"/>
        <source>Copy productKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="202"/>
        <source>Copy iotId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="205"/>
        <source>Copy deviceName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="207"/>
        <source>Open in inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="209"/>
        <source>Export history…</source>
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
        <location filename="../src/gui/devicetreemodel.cpp" line="132"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="134"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="136"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="138"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="140"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="225"/>
        <source>nickname %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="227"/>
        <source>firmware %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="229"/>
        <source>no message from it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="70"/>
        <source>%1 of %2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="160"/>
        <source>%1
productKey %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="161"/>
        <source>(name unknown: no inventory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="196"/>
        <location filename="../src/gui/devicetreemodel.cpp" line="218"/>
        <source>never activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="198"/>
        <location filename="../src/gui/devicetreemodel.cpp" line="220"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="203"/>
        <source>%1/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="221"/>
        <source>%1
productKey %2
iotId %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="223"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="216"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="216"/>
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
        <location filename="../src/gui/eventlogmodel.cpp" line="161"/>
        <source>%1 / %2
message %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="259"/>
        <source>reply %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="260"/>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="260"/>
        <source>failed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="262"/>
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
        <location filename="../src/gui/eventspanel.cpp" line="90"/>
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
        <location filename="../src/gui/mainwindow.cpp" line="39"/>
        <source>LinkScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="61"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="62"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="63"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="64"/>
        <source>Bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="65"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="160"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="138"/>
        <source>Start &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="140"/>
        <source>Watch an emulated fleet on this computer, no account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="142"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="147"/>
        <source>D&amp;isconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="152"/>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="154"/>
        <source>&amp;Rejected messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="167"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="175"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="105"/>
        <location filename="../src/gui/mainwindowstatus.cpp" line="53"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="169"/>
        <source>Refresh &amp;inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="172"/>
        <source>Ask the cloud API again for every product, device and thing model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="182"/>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="184"/>
        <source>&amp;Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="185"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="186"/>
        <source>&amp;About LinkScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="187"/>
        <source>About LinkScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="188"/>
        <source>&lt;b&gt;LinkScope %1&lt;/b&gt;&lt;p&gt;A live monitor for the Life IoT Platform&apos;s data push (AMQP 1.0 and HTTP/2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="193"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="212"/>
        <source>&lt;h2&gt;Welcome to LinkScope&lt;/h2&gt;&lt;p&gt;Watch your Life IoT Platform devices live: properties, online state, users, events and every raw message.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="218"/>
        <source>Start the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="220"/>
        <source>An emulated fleet on this computer: no account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="222"/>
        <source>Connect to my project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="254"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="255"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="256"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="256"/>
        <source>Follow the present again (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="260"/>
        <source>Drag or Shift+wheel to scroll in time; hover a bar for its times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="332"/>
        <source>Export history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="333"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="18"/>
        <source>Cloud API off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="21"/>
        <source>Cloud API: fetching the inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="24"/>
        <source>Cloud API: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="24"/>
        <source>Cloud API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="27"/>
        <source>Cloud API unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="30"/>
        <source>Cloud API refused the credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="33"/>
        <source>Cloud API throttled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="56"/>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="59"/>
        <source>Authenticating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="62"/>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="62"/>
        <source>Subscribed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="65"/>
        <source>Reconnecting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="68"/>
        <source>AuthFailed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="71"/>
        <source>TlsFailed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="74"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="92"/>
        <source>Cannot store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="96"/>
        <source>%1
Nothing is acknowledged meanwhile: the cloud keeps the messages, and storing resumes by itself once it works again (free some disk space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="127"/>
        <source>%1 msg/s · latency %2 · %3 duplicates · %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="129"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="129"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="133"/>
        <source> · display thinned: %1 updates merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowalerts.cpp" line="63"/>
        <location filename="../src/gui/mainwindowalerts.cpp" line="65"/>
        <location filename="../src/gui/mainwindowalerts.cpp" line="82"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowalerts.cpp" line="82"/>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowalerts.cpp" line="84"/>
        <source>No alert is firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindowalerts.cpp" line="85"/>
        <source>%n alerts firing, %1 not acknowledged</source>
        <translation>
            <numerusform>%n alert firing, %1 not acknowledged</numerusform>
            <numerusform>%n alerts firing, %1 not acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindowalerts.cpp" line="126"/>
        <source>%n alert rules in effect</source>
        <translation>
            <numerusform>%n alert rule in effect</numerusform>
            <numerusform>%n alert rules in effect</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="27"/>
        <source>&amp;Open capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="29"/>
        <source>Open a capture to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="31"/>
        <location filename="../src/gui/mainwindowreplay.cpp" line="50"/>
        <source>Captures (*.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="37"/>
        <source>Play a JSONL capture (an export, linkscope-collect --jsonl, a recording) into a temporary history, with your alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="39"/>
        <location filename="../src/gui/mainwindowreplay.cpp" line="105"/>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="49"/>
        <source>Record the live stream to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="56"/>
        <source>Write every message from now on to a capture that File &gt; Open capture… replays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="105"/>
        <source>Stop &amp;recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="108"/>
        <source>Recording stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="113"/>
        <source>● Recording to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::MessageLogModel</name>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="38"/>
        <source>rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="42"/>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="50"/>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="51"/>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="79"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="81"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="83"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="85"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="87"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::PipelineHost</name>
    <message>
        <location filename="../src/session/pipelinehost.cpp" line="116"/>
        <source>the session has already run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::PropertyChart</name>
    <message>
        <location filename="../src/gui/propertychart.cpp" line="405"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychart.cpp" line="410"/>
        <source>%1 (min %2, max %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartpaint.cpp" line="91"/>
        <source>Tick properties in the Devices panel, or drag them here, to chart them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartpaint.cpp" line="95"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartpaint.cpp" line="95"/>
        <source>Not live: double-click to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartinput.cpp" line="70"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartinput.cpp" line="71"/>
        <source>Step strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartinput.cpp" line="72"/>
        <source>Markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartinput.cpp" line="80"/>
        <source>Remove from chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartinput.cpp" line="84"/>
        <source>Follow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartinput.cpp" line="85"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartinput.cpp" line="85"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::PropertyListModel</name>
    <message>
        <location filename="../src/gui/propertylistmodel.cpp" line="164"/>
        <source>raw value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertylistmodel.cpp" line="165"/>
        <source>%1
= %2
at %3
Tick to chart it, or drag it onto a chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertylistmodel.cpp" line="205"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertylistmodel.cpp" line="207"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/propertylistmodel.cpp" line="209"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::ReplayBar</name>
    <message>
        <location filename="../src/gui/replaybar.cpp" line="26"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/replaybar.cpp" line="41"/>
        <source>How fast the capture&apos;s time runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/replaybar.cpp" line="43"/>
        <location filename="../src/gui/replaybar.cpp" line="91"/>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/replaybar.cpp" line="43"/>
        <source>As fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/replaybar.cpp" line="48"/>
        <source>Where the replay is in the capture. Drag forward to play up to there at once; drag back to start over and play up to there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/replaybar.cpp" line="106"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/replaybar.cpp" line="106"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/replaybar.cpp" line="119"/>
        <source>%1 of %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::RuleEditorDialog</name>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="36"/>
        <source>Offline for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="38"/>
        <source>Silent (no message or value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="40"/>
        <source>Property above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="42"/>
        <source>Property below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="44"/>
        <source>Property outside a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="46"/>
        <source>Property equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="48"/>
        <source>Property changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="50"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="52"/>
        <source>Service reply with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="54"/>
        <source>Flapping online/offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="79"/>
        <source>Alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="91"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="92"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="93"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="94"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="95"/>
        <source>Add the rules of a rules file (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="97"/>
        <source>Write these rules to a file, for linkscope-collect --rules or another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="112"/>
        <location filename="../src/gui/ruleeditor.cpp" line="142"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="113"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="114"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="134"/>
        <source>The alert clears only once the value is back inside by this much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="136"/>
        <source>a JSON value: 1, true, &quot;open&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="139"/>
        <source>10s, 2m, 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="141"/>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="143"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="144"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="149"/>
        <source>10m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="156"/>
        <source>every device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="158"/>
        <source>every topic (+ and # wildcards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="160"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="161"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="162"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="163"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="164"/>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="165"/>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="166"/>
        <source>Hysteresis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="167"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="168"/>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="169"/>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="170"/>
        <source>Status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="171"/>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="172"/>
        <location filename="../src/gui/ruleeditor.cpp" line="302"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="173"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="174"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="175"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="176"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="237"/>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="302"/>
        <source>Stays for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="304"/>
        <source>How long the alert stays firing after the last occurrence (default 5m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="305"/>
        <source>How long the condition must hold before the alert fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="368"/>
        <source>this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="385"/>
        <source>two rules are named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/ruleeditor.cpp" line="390"/>
        <source>%n rules, all valid</source>
        <translation>
            <numerusform>%n rule, valid</numerusform>
            <numerusform>%n rules, all valid</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="397"/>
        <location filename="../src/gui/ruleeditor.cpp" line="403"/>
        <location filename="../src/gui/ruleeditor.cpp" line="409"/>
        <source>Import alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="398"/>
        <source>Rules (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="404"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="409"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="422"/>
        <location filename="../src/gui/ruleeditor.cpp" line="428"/>
        <source>Export alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="423"/>
        <source>Rules (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="429"/>
        <source>Cannot write %1: %2</source>
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
        <location filename="../src/gui/settingsdialog.cpp" line="22"/>
        <source>AMQP 1.0 (port 5671)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="23"/>
        <source>HTTP/2 (port 443)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="25"/>
        <source>China (Shanghai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="25"/>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="25"/>
        <source>US (Virginia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="25"/>
        <source>Germany (Frankfurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="29"/>
        <source>Custom host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="32"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="35"/>
        <source>Takes effect when LinkScope starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="36"/>
        <source>⚠ One client at a time receives a project&apos;s push. Connecting takes it away from any other consumer on this AppKey (your server, the SDK sample) until LinkScope disconnects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="43"/>
        <location filename="../src/gui/settingsdialog.cpp" line="132"/>
        <location filename="../src/gui/settingsdialog.cpp" line="149"/>
        <source>Stored in the system keychain, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="45"/>
        <source>The console shows it under 项目设置 (project settings). With it LinkScope asks the cloud API for every device and its status, the products&apos; thing models (names, units, labels) and current values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="50"/>
        <source>Save and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="70"/>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="71"/>
        <source>Delete the profile “%1” and its AppSecret from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="78"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="79"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="131"/>
        <location filename="../src/gui/settingsdialog.cpp" line="148"/>
        <source>Stored; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="207"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="207"/>
        <source>Name of the new profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="219"/>
        <source>Give the profile a name (without / or \).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="221"/>
        <source>Enter the host to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="223"/>
        <source>Enter the project&apos;s AppKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="225"/>
        <source>Enter the project&apos;s AppSecret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="228"/>
        <source>The cloud API gateway must look like https://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="232"/>
        <source>The topic filter %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="246"/>
        <source>&lt;b&gt;No keychain is available&lt;/b&gt; (%1). LinkScope never writes an AppSecret to a file: tick the box to keep it in memory until LinkScope quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="290"/>
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
    <name>linkscope::cloudapi::CloudApiClient</name>
    <message>
        <location filename="../src/cloudapi/cloudapicalls.cpp" line="59"/>
        <source>the product list repeats page %1 whole: the gateway ignores paging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapicalls.cpp" line="100"/>
        <source>the device list of %1 repeats page %2 whole: the gateway ignores paging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapicalls.cpp" line="171"/>
        <location filename="../src/cloudapi/cloudapicalls.cpp" line="192"/>
        <source>the thing model of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapicalls.cpp" line="272"/>
        <source>the values of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="104"/>
        <source>no cloud API gateway is set (a custom push host needs one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="106"/>
        <source>the cloud API gateway must be an https:// address, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="108"/>
        <source>no AppKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="110"/>
        <source>no AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="112"/>
        <source>no Project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="116"/>
        <source>cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="197"/>
        <source>the cloud token answer is unusable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="326"/>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="350"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="339"/>
        <source>the API gateway does not accept the AppKey: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="340"/>
        <source>the API gateway rejected the signature (check the AppSecret): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="346"/>
        <source>the API gateway answered HTTP %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="367"/>
        <source>the cloud refused a token for project “%1”: %2 (check the Project ID, AppKey and AppSecret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="384"/>
        <source>%1 refused a fresh cloud token: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="362"/>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="386"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="394"/>
        <source>%1: still throttled after %2 tries (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::cloudapi::GatewayHttp</name>
    <message>
        <location filename="../src/cloudapi/gatewayhttp.cpp" line="109"/>
        <source>no answer from %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/gatewayhttp.cpp" line="114"/>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cloudapi/gatewayhttp.cpp" line="119"/>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::store::HistoryStore</name>
    <message>
        <location filename="../src/store/historystore.cpp" line="346"/>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::transport::AmqpSubscriber</name>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="218"/>
        <source>an error inside LinkScope&apos;s AMQP client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="243"/>
        <source>the cloud closed the receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="244"/>
        <source>the cloud closed the receiver (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="253"/>
        <location filename="../src/transport/amqpsubscriber.cpp" line="265"/>
        <source>the cloud refused the AppKey or AppSecret (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="256"/>
        <source>the cloud closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="257"/>
        <source>the cloud closed the connection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="267"/>
        <source>AMQP error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="271"/>
        <source>the connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="312"/>
        <source>the AMQP transfer is empty (no message in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="314"/>
        <source>the AMQP message is %1, over the %2 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="320"/>
        <source>the AMQP message cannot be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="341"/>
        <source>the AMQP message has no body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="352"/>
        <source>the AMQP message body is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="363"/>
        <source>the AMQP message body is %1, not a Data section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::transport::Http2Subscriber</name>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="180"/>
        <source>the server did not agree to HTTP/2 (ALPN h2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="234"/>
        <source>HTTP/2 protocol error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="258"/>
        <source>the cloud answered the login with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="260"/>
        <source>the cloud answered the login with status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="305"/>
        <source>the server sent more than %1 KiB for one message; the stream was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="314"/>
        <source>the server had more than %1 KiB of unfinished messages open at once; the stream was reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="376"/>
        <source>the cloud reset the login stream (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="406"/>
        <source>the cloud ended the login (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="409"/>
        <source>the server sent GOAWAY (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="440"/>
        <source>the server answers no acknowledgement (%1 waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="478"/>
        <source>nothing arrived for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::transport::ReplaySubscriber</name>
    <message numerus="yes">
        <location filename="../src/transport/replaysubscriber.cpp" line="89"/>
        <source>Replayed %1 to its end: %n message(s)</source>
        <translation>
            <numerusform>Replayed %1 to its end: %n message</numerusform>
            <numerusform>Replayed %1 to its end: %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/transport/replaysubscriber.cpp" line="91"/>
        <source>, %n line(s) could not be read (see Rejected messages)</source>
        <translation>
            <numerusform>, %n line could not be read (see Rejected messages)</numerusform>
            <numerusform>, %n lines could not be read (see Rejected messages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/transport/replaysubscriber.cpp" line="94"/>
        <source>, %n message(s) the history refused (see the log)</source>
        <translation>
            <numerusform>, %n message the history refused (see the log)</numerusform>
            <numerusform>, %n messages the history refused (see the log)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/transport/replaysubscriber.cpp" line="97"/>
        <source>Replay of %1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/replaysubscriber.cpp" line="99"/>
        <source>Replaying %1 as fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/replaysubscriber.cpp" line="101"/>
        <source>Replaying %1 at %2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/replaysubscriber.cpp" line="111"/>
        <location filename="../src/transport/replaysubscriber.cpp" line="126"/>
        <source>cannot read the capture %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/replaysubscriber.cpp" line="115"/>
        <source>the capture %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/replaysubscriber.cpp" line="120"/>
        <source>%1 holds no message this version can replay (a JSON object with topic, messageId and payload on each line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/replaysubscriber.cpp" line="205"/>
        <source>rejected in the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/replaysubscriber.cpp" line="214"/>
        <source>line %1 of the capture cannot be replayed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>linkscope::transport::Subscriber</name>
    <message>
        <location filename="../src/transport/subscriber.cpp" line="47"/>
        <source>cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/subscriber.cpp" line="50"/>
        <source>the CA file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/subscriber.cpp" line="55"/>
        <source>the CA file %1 is DER-encoded; LinkScope reads PEM (convert it with openssl x509 -inform DER -in %1 -out ca.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/transport/subscriber.cpp" line="58"/>
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
        <location filename="../src/app/main.cpp" line="76"/>
        <source>Live monitor for the Life IoT Platform&apos;s data push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="80"/>
        <source>Quit after &lt;ms&gt; milliseconds (for tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="84"/>
        <source>Watch an emulated fleet (no account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="88"/>
        <source>The demo&apos;s transport: amqp (default) or http2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="93"/>
        <source>The demo&apos;s messages per second in all (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="98"/>
        <source>The demo&apos;s number of devices (default 24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="103"/>
        <source>The demo&apos;s number of products (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="108"/>
        <source>Write how the window keeps up to &lt;file&gt;, a JSON line a second (timer lateness, how far behind, GUI CPU, memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="115"/>
        <source>Chart this many properties of different devices at once (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="120"/>
        <source>Connect with the saved profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="125"/>
        <source>Save a PNG of the window to &lt;file&gt; before quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="130"/>
        <source>Replay the capture &lt;file&gt; (as File &gt; Open capture…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="135"/>
        <source>The replay&apos;s speed: 1, 10, 100, or 0 for as fast as possible (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="168"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="169"/>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="173"/>
        <location filename="../src/app/main.cpp" line="220"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="174"/>
        <source>Could not start the session for “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="196"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="197"/>
        <source>The capture could not be replayed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
