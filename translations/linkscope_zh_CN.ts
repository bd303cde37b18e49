<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Duration</name>
    <message>
        <location filename="../src/gui/chartticks.cpp" line="69"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../src/gui/chartticks.cpp" line="70"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../src/gui/chartticks.cpp" line="72"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../src/gui/chartticks.cpp" line="74"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../src/gui/chartticks.cpp" line="75"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../src/gui/payloadtext.cpp" line="16"/>
        <source>Not valid JSON: %1 at byte %2</source>
        <translation>不是有效的 JSON：%1（第 %2 字节）</translation>
    </message>
    <message>
        <location filename="../src/gui/payloadtext.cpp" line="42"/>
        <source>… %1 more bytes</source>
        <translation>… 还有 %1 字节</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.ui" line="6"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="10"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="12"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="13"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="18"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="20"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="21"/>
        <source>e.g. Production</source>
        <translation>例如：生产环境</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="22"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="24"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="26"/>
        <source>Host and port</source>
        <translation>主机和端口</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="33"/>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="36"/>
        <source>The system&apos;s trusted certificates</source>
        <translation>系统信任的证书</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="37"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="45"/>
        <source>Project credentials</source>
        <translation>项目凭证</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="47"/>
        <source>AppKey</source>
        <translation>AppKey</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="49"/>
        <source>AppSecret</source>
        <translation>AppSecret</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="51"/>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="52"/>
        <source>Optional: every device, names, units and labels from the cloud API</source>
        <translation>可选：从云端 API 获取全部设备及名称、单位和标签</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="54"/>
        <source>Remember the AppSecret for this session only</source>
        <translation>仅在本次运行中记住 AppSecret</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="55"/>
        <source>Consumer group</source>
        <translation>消费组</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="56"/>
        <source>The AppKey</source>
        <translation>与 AppKey 相同</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="57"/>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="59"/>
        <source>HTTP/2 path</source>
        <translation>HTTP/2 路径</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="61"/>
        <source>HTTP/2 sign method</source>
        <translation>HTTP/2 签名方法</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="68"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="70"/>
        <source>Messages in flight (AMQP credit)</source>
        <translation>在途消息数（AMQP credit）</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="72"/>
        <source>Idle timeout (AMQP)</source>
        <translation>空闲超时（AMQP）</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="73"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="74"/>
        <source>Drop the cloud&apos;s offline backlog at login (HTTP/2)</source>
        <translation>登录时丢弃云端积压的离线消息（HTTP/2）</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="75"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="76"/>
        <source>Every topic; or filters with + and #, separated by spaces</source>
        <translation>所有主题；或用空格分隔的过滤条件（支持 + 和 #）</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="77"/>
        <source>Cloud API gateway</source>
        <translation>云端 API 网关</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="78"/>
        <source>The region&apos;s gateway; https://HOST:PORT for a custom host</source>
        <translation>地域的网关；自定义主机请填 https://主机:端口</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="79"/>
        <source>Refresh the inventory every</source>
        <translation>设备清单刷新间隔</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="80"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="80"/>
        <source>never (only at connect)</source>
        <translation>从不（仅在连接时）</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="92"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="98"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.ui" line="100"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>linkscope::ActiveAlertModel</name>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="53"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="55"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="57"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="66"/>
        <source>Fired</source>
        <translation>触发</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="68"/>
        <source>Cleared</source>
        <translation>已解除</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="70"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="224"/>
        <source>%1 (acknowledged)</source>
        <translation>%1（已确认）</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="269"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="271"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="273"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="275"/>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="277"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="279"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>linkscope::AlertCommand</name>
    <message>
        <location filename="../src/session/alertoutputs.cpp" line="71"/>
        <source>alert commands cannot keep up: the oldest waiting are dropped</source>
        <translation>告警命令处理不过来：丢弃了最早等待的命令</translation>
    </message>
    <message>
        <location filename="../src/session/alertoutputs.cpp" line="90"/>
        <source>%1 took over %2 ms and was stopped</source>
        <translation>%1 运行超过 %2 毫秒，已被终止</translation>
    </message>
    <message>
        <location filename="../src/session/alertoutputs.cpp" line="100"/>
        <source>%1 exited with status %2</source>
        <translation>%1 退出，状态码 %2</translation>
    </message>
    <message>
        <location filename="../src/session/alertoutputs.cpp" line="110"/>
        <source>cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
</context>
<context>
    <name>linkscope::AlertHistoryModel</name>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="373"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="375"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="377"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="379"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="381"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="383"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../src/gui/alertmodels.cpp" line="385"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>linkscope::AlertNotifier</name>
    <message>
        <location filename="../src/gui/alertnotifier.cpp" line="61"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/alertnotifier.cpp" line="77"/>
        <source> and %n more</source>
        <translation>
            <numerusform> 等另外 %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/alertnotifier.cpp" line="78"/>
        <source>%n devices: %1</source>
        <translation>
            <numerusform>%n 台设备：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/alertnotifier.cpp" line="83"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/alertnotifier.cpp" line="84"/>
        <source>%1: %n devices</source>
        <translation>
            <numerusform>%1：%n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/alertnotifier.cpp" line="86"/>
        <source>%n alerts</source>
        <translation>
            <numerusform>%n 条告警</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/alertnotifier.cpp" line="137"/>
        <source>Show device</source>
        <translation>查看设备</translation>
    </message>
</context>
<context>
    <name>linkscope::AlertsPanel</name>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="85"/>
        <source>Rule or device</source>
        <translation>规则或设备</translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="89"/>
        <source>All severities</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="90"/>
        <source>Warning and critical</source>
        <translation>警告及严重</translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="91"/>
        <source>Critical only</source>
        <translation>仅严重</translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="92"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="94"/>
        <source>Also list the active alerts someone has acknowledged</source>
        <translation>同时列出已被确认的活动告警</translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="96"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="98"/>
        <source>Mark the selected alerts as seen: they stay until their condition clears</source>
        <translation>将所选告警标记为已查看：它们会保留到条件解除为止</translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="100"/>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="113"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../src/gui/alertspanel.cpp" line="168"/>
        <source>Active (%1)</source>
        <translation>活动（%1）</translation>
    </message>
</context>
<context>
    <name>linkscope::AppController</name>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="136"/>
        <source>LinkScope — demo over HTTP/2</source>
        <translation>LinkScope — 演示（HTTP/2）</translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="137"/>
        <source>LinkScope — demo</source>
        <translation>LinkScope — 演示</translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="169"/>
        <source>LinkScope — %1</source>
        <translation>LinkScope — %1</translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="205"/>
        <source>History: %1</source>
        <translation>历史记录：%1</translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="208"/>
        <source>Storing failed, nothing acknowledged: %1</source>
        <translation>存储失败，未确认任何消息：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/appcontroller.cpp" line="293"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/appcontroller.cpp" line="294"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 个产品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="308"/>
        <source>Cloud API: %1</source>
        <translation>云端 API：%1</translation>
    </message>
    <message>
        <location filename="../src/app/appcontroller.cpp" line="379"/>
        <source>LinkScope</source>
        <translation>LinkScope</translation>
    </message>
    <message>
        <location filename="../src/app/appcontrolleralerts.cpp" line="43"/>
        <source>Cannot read the alert rules %1: %2</source>
        <translation>无法读取告警规则 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/app/appcontrolleralerts.cpp" line="52"/>
        <source>The alert rules %1 were not loaded: %2</source>
        <translation>未加载告警规则 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/app/appcontrolleralerts.cpp" line="69"/>
        <source>The unreadable alert rules were kept as %1</source>
        <translation>无法读取的告警规则已保存为 %1</translation>
    </message>
    <message>
        <location filename="../src/app/appcontrolleralerts.cpp" line="75"/>
        <source>Cannot save the alert rules to %1: %2</source>
        <translation>无法将告警规则保存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/app/appcontrollerreplay.cpp" line="31"/>
        <source>cannot make a temporary history in %1: %2</source>
        <translation>无法在 %1 中创建临时历史：%2</translation>
    </message>
    <message>
        <location filename="../src/app/appcontrollerreplay.cpp" line="69"/>
        <source>LinkScope — replay of %1</source>
        <translation>LinkScope — 回放 %1</translation>
    </message>
</context>
<context>
    <name>linkscope::BindingModel</name>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="32"/>
        <source>Owner</source>
        <translation>拥有者</translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="32"/>
        <source>Sharer</source>
        <translation>被分享者</translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="44"/>
        <source>bound</source>
        <translation>绑定</translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="44"/>
        <source>unbound</source>
        <translation>解绑</translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="61"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="63"/>
        <source>Identity ID</source>
        <translation>身份 ID</translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="65"/>
        <source>Tenant ID</source>
        <translation>租户 ID</translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="67"/>
        <source>Scope ID</source>
        <translation>作用域 ID</translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="69"/>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="69"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/gui/bindingmodel.cpp" line="71"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>linkscope::BindingsPanel</name>
    <message>
        <location filename="../src/gui/bindingspanel.cpp" line="34"/>
        <source>Select a device to see its users.</source>
        <translation>选择一个设备以查看其用户。</translation>
    </message>
    <message>
        <location filename="../src/gui/bindingspanel.cpp" line="44"/>
        <source>Current users</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <location filename="../src/gui/bindingspanel.cpp" line="49"/>
        <source>Bind and unbind history</source>
        <translation>绑定与解绑历史</translation>
    </message>
    <message>
        <location filename="../src/gui/bindingspanel.cpp" line="59"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): loading…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）：加载中…</translation>
    </message>
    <message>
        <location filename="../src/gui/bindingspanel.cpp" line="70"/>
        <source>no user is bound</source>
        <translation>没有绑定用户</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bindingspanel.cpp" line="71"/>
        <source>%n owner(s)</source>
        <translation>
            <numerusform>%n 个拥有者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/bindingspanel.cpp" line="72"/>
        <source>%n sharer(s)</source>
        <translation>
            <numerusform>%n 个被分享者</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/bindingspanel.cpp" line="73"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）：%3</translation>
    </message>
</context>
<context>
    <name>linkscope::ChartsPanel</name>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="53"/>
        <source>Last minute</source>
        <translation>最近 1 分钟</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="53"/>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="53"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="53"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="54"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="54"/>
        <source>Custom range…</source>
        <translation>自定义时间范围…</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="61"/>
        <location filename="../src/gui/chartspanel.cpp" line="292"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="62"/>
        <source>Freeze the charts; data keeps arriving</source>
        <translation>冻结图表；数据仍在接收</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="66"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="66"/>
        <source>Follow the present again</source>
        <translation>重新跟随当前时间</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="72"/>
        <source>Add chart</source>
        <translation>添加图表</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="73"/>
        <source>Add an empty chart below</source>
        <translation>在下方添加一个空图表</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="76"/>
        <source>Remove the current chart</source>
        <translation>删除当前图表</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="78"/>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="79"/>
        <source>Save the current chart as a PNG image</source>
        <translation>将当前图表保存为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="81"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="82"/>
        <source>Save the current chart&apos;s data as CSV</source>
        <translation>将当前图表的数据保存为 CSV</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="183"/>
        <source>Current chart: new properties go here</source>
        <translation>当前图表：新选的属性会加到这里</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="292"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="326"/>
        <source>Custom range</source>
        <translation>自定义时间范围</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="334"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="335"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="360"/>
        <source>Save chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="361"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="363"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="363"/>
        <location filename="../src/gui/chartspanel.cpp" line="371"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="368"/>
        <source>Save chart data as CSV</source>
        <translation>将图表数据保存为 CSV</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="369"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/gui/chartspanel.cpp" line="371"/>
        <source>Save chart data</source>
        <translation>保存图表数据</translation>
    </message>
</context>
<context>
    <name>linkscope::CloudApiHost</name>
    <message>
        <location filename="../src/session/cloudapihost.cpp" line="23"/>
        <source>no Project ID in Settings: only devices that send are listed, without names or units</source>
        <translation>设置中没有项目 ID：只列出发送过消息的设备，且没有名称和单位</translation>
    </message>
    <message>
        <location filename="../src/session/cloudapihost.cpp" line="25"/>
        <source>a custom push host needs the cloud API gateway&apos;s address in Settings</source>
        <translation>自定义推送主机需要在设置中填写云端 API 网关地址</translation>
    </message>
</context>
<context>
    <name>linkscope::ConnectionTester</name>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="65"/>
        <location filename="../src/session/connectiontester.cpp" line="93"/>
        <source>Cloud API: %1</source>
        <translation>云端 API：%1</translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="90"/>
        <source>Cloud API: the project %1 answered.</source>
        <translation>云端 API：项目 %1 已应答。</translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="117"/>
        <source>Connected: the cloud accepted the AppKey and AppSecret.</source>
        <translation>已连接：云端接受了 AppKey 和 AppSecret。</translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="119"/>
        <source>Wrong AppKey or AppSecret: the cloud refused the login.</source>
        <translation>AppKey 或 AppSecret 错误：云端拒绝登录。</translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="121"/>
        <source>Certificate not trusted: the server&apos;s certificate does not verify against the CA.</source>
        <translation>证书不受信任：服务器证书无法通过该 CA 验证。</translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="124"/>
        <source>Host unreachable: no connection could be made.</source>
        <translation>主机不可达：无法建立连接。</translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="126"/>
        <source>No answer: the host did not complete the login in time.</source>
        <translation>无应答：主机未能及时完成登录。</translation>
    </message>
    <message>
        <location filename="../src/session/connectiontester.cpp" line="128"/>
        <source>The connection failed inside LinkScope.</source>
        <translation>连接在 LinkScope 内部失败。</translation>
    </message>
</context>
<context>
    <name>linkscope::DemoSession</name>
    <message>
        <location filename="../src/session/demosession.cpp" line="40"/>
        <source>the emulator %1 is missing</source>
        <translation>缺少模拟器 %1</translation>
    </message>
    <message>
        <location filename="../src/session/demosession.cpp" line="67"/>
        <source>the emulator did not start: %1</source>
        <translation>模拟器未能启动：%1</translation>
    </message>
    <message>
        <location filename="../src/session/demosession.cpp" line="74"/>
        <source>the emulator did not get ready (see %1)</source>
        <translation>模拟器未就绪（见 %1）</translation>
    </message>
</context>
<context>
    <name>linkscope::DevicePanel</name>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="30"/>
        <source>Filter devices</source>
        <translation>筛选设备</translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="133"/>
        <source>Tick a property to chart it, or drag it onto a chart.</source>
        <translation>勾选属性即可绘制图表，也可将其拖到图表上。</translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="199"/>
        <location filename="../src/gui/devicepanel.cpp" line="204"/>
        <source>Copy productKey</source>
        <translation>复制 productKey</translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="202"/>
        <source>Copy iotId</source>
        <translation>复制 iotId</translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="205"/>
        <source>Copy deviceName</source>
        <translation>复制 deviceName</translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="207"/>
        <source>Open in inspector</source>
        <translation>在消息检查器中打开</translation>
    </message>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="209"/>
        <source>Export history…</source>
        <translation>导出历史…</translation>
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
        <location filename="../src/gui/devicetreemodel.cpp" line="132"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="134"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="136"/>
        <source>Last seen</source>
        <translation>最后活动</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="138"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="140"/>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="225"/>
        <source>nickname %1</source>
        <translation>昵称 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="227"/>
        <source>firmware %1</source>
        <translation>固件 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="229"/>
        <source>no message from it yet</source>
        <translation>尚未收到它的消息</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="70"/>
        <source>%1 of %2 online</source>
        <translation>%2 台中 %1 台在线</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="160"/>
        <source>%1
productKey %2
%3</source>
        <translation>%1
productKey %2
%3</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="161"/>
        <source>(name unknown: no inventory)</source>
        <translation>（名称未知：没有设备清单）</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="196"/>
        <location filename="../src/gui/devicetreemodel.cpp" line="218"/>
        <source>never activated</source>
        <translation>从未激活</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="198"/>
        <location filename="../src/gui/devicetreemodel.cpp" line="220"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="203"/>
        <source>%1/min</source>
        <translation>%1/分钟</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="221"/>
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
        <location filename="../src/gui/devicetreemodel.cpp" line="223"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="216"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../src/gui/devicetreemodel.cpp" line="216"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>linkscope::EventLogModel</name>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="29"/>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="31"/>
        <source>alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="33"/>
        <source>error</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="43"/>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="45"/>
        <source>request error</source>
        <translation>请求错误</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="47"/>
        <source>forbidden</source>
        <translation>禁止访问</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="49"/>
        <source>too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="51"/>
        <source>request parameter error</source>
        <translation>请求参数错误</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="53"/>
        <source>device not activated</source>
        <translation>设备未激活</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="55"/>
        <source>device offline</source>
        <translation>设备离线</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="57"/>
        <source>unknown code %1</source>
        <translation>未知代码 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="83"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="85"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="87"/>
        <source>Event or reply</source>
        <translation>事件或回复</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="89"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="91"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="161"/>
        <source>%1 / %2
message %3</source>
        <translation>%1 / %2
消息 %3</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="259"/>
        <source>reply %1: %2</source>
        <translation>回复 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="260"/>
        <source>reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="260"/>
        <source>failed reply</source>
        <translation>失败的回复</translation>
    </message>
    <message>
        <location filename="../src/gui/eventlogmodel.cpp" line="262"/>
        <source>%1 · request %2</source>
        <translation>%1 · 请求 %2</translation>
    </message>
</context>
<context>
    <name>linkscope::EventsPanel</name>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="33"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="38"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="39"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="40"/>
        <source>Error</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="41"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="48"/>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="56"/>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="62"/>
        <source>All times</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="62"/>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="62"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="62"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="67"/>
        <source>Search events and replies</source>
        <translation>搜索事件和回复</translation>
    </message>
    <message>
        <location filename="../src/gui/eventspanel.cpp" line="90"/>
        <source>Double-click a row to see its message in the inspector.</source>
        <translation>双击某行可在消息检查器中查看该消息。</translation>
    </message>
</context>
<context>
    <name>linkscope::InspectorWidget</name>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="54"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="55"/>
        <location filename="../src/gui/inspectorwidget.cpp" line="143"/>
        <source>Rejected</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="68"/>
        <source>Filter by device, topic, kind or message id</source>
        <translation>按设备、Topic、类型或消息 ID 筛选</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="87"/>
        <source>Select a message to see its payload.</source>
        <translation>选择一条消息以查看其内容。</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="97"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="98"/>
        <source>Raw bytes</source>
        <translation>原始字节</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="99"/>
        <source>Diff with previous</source>
        <translation>与上一条对比</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="127"/>
        <source>Malformed messages are kept here with the reason they were refused.</source>
        <translation>格式错误的消息会保存在这里，并附上拒收原因。</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="143"/>
        <source>Rejected (%1)</source>
        <translation>已拒收（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="184"/>
        <source>%1 · %2 · message %3</source>
        <translation>%1 · %2 · 消息 %3</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="191"/>
        <source>⚠ The device&apos;s clock was %1 ahead: its values are ordered by the cloud&apos;s time.</source>
        <translation>⚠ 设备时钟快了 %1：其数据按云端时间排序。</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="192"/>
        <source>⚠ The device&apos;s clock was %1 behind: its values are ordered by the cloud&apos;s time.</source>
        <translation>⚠ 设备时钟慢了 %1：其数据按云端时间排序。</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="201"/>
        <source>No earlier message of this device on this topic is held.</source>
        <translation>没有该设备在此 Topic 上的更早消息。</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="204"/>
        <source>&lt;p&gt;Against message %1 received at %2:&lt;/p&gt;</source>
        <translation>&lt;p&gt;对比 %2 收到的消息 %1：&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/inspectorwidget.cpp" line="216"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;topic %2 · message %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Topic %2 · 消息 %3</translation>
    </message>
</context>
<context>
    <name>linkscope::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="39"/>
        <source>LinkScope</source>
        <translation>LinkScope</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="61"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="62"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="63"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="64"/>
        <source>Bindings</source>
        <translation>绑定</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="65"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="160"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="138"/>
        <source>Start &amp;demo</source>
        <translation>启动演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="140"/>
        <source>Watch an emulated fleet on this computer, no account needed</source>
        <translation>在本机观看模拟设备群，无需账号</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="142"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="147"/>
        <source>D&amp;isconnect</source>
        <translation>断开连接(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="152"/>
        <source>&amp;Inspector</source>
        <translation>消息检查器(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="154"/>
        <source>&amp;Rejected messages</source>
        <translation>已拒收的消息(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="167"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="175"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="105"/>
        <location filename="../src/gui/mainwindowstatus.cpp" line="53"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="169"/>
        <source>Refresh &amp;inventory</source>
        <translation>刷新设备清单(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="172"/>
        <source>Ask the cloud API again for every product, device and thing model</source>
        <translation>重新向云端 API 获取所有产品、设备和物模型</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="182"/>
        <source>&amp;Alerts</source>
        <translation>告警(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="184"/>
        <source>&amp;Rules…</source>
        <translation>规则(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="185"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="186"/>
        <source>&amp;About LinkScope</source>
        <translation>关于 LinkScope(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="187"/>
        <source>About LinkScope</source>
        <translation>关于 LinkScope</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="188"/>
        <source>&lt;b&gt;LinkScope %1&lt;/b&gt;&lt;p&gt;A live monitor for the Life IoT Platform&apos;s data push (AMQP 1.0 and HTTP/2).&lt;/p&gt;</source>
        <translation>&lt;b&gt;LinkScope %1&lt;/b&gt;&lt;p&gt;生活物联网平台数据推送（AMQP 1.0 与 HTTP/2）的实时监视器。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="193"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="212"/>
        <source>&lt;h2&gt;Welcome to LinkScope&lt;/h2&gt;&lt;p&gt;Watch your Life IoT Platform devices live: properties, online state, users, events and every raw message.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 LinkScope&lt;/h2&gt;&lt;p&gt;实时查看生活物联网平台上的设备：属性、在线状态、用户、事件以及每一条原始消息。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="218"/>
        <source>Start the demo</source>
        <translation>开始演示</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="220"/>
        <source>An emulated fleet on this computer: no account needed</source>
        <translation>在本机运行模拟设备群：无需账号</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="222"/>
        <source>Connect to my project…</source>
        <translation>连接我的项目…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="254"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="255"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="256"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="256"/>
        <source>Follow the present again (double-click)</source>
        <translation>重新跟随当前时间（双击）</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="260"/>
        <source>Drag or Shift+wheel to scroll in time; hover a bar for its times.</source>
        <translation>拖动或 Shift+滚轮可在时间上滚动；悬停在色条上可查看时间。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="332"/>
        <source>Export history of %1</source>
        <translation>导出 %1 的历史</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="333"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="18"/>
        <source>Cloud API off: %1</source>
        <translation>云端 API 未启用：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="21"/>
        <source>Cloud API: fetching the inventory…</source>
        <translation>云端 API：正在获取设备清单…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="24"/>
        <source>Cloud API: ready</source>
        <translation>云端 API：就绪</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="24"/>
        <source>Cloud API: %1</source>
        <translation>云端 API：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="27"/>
        <source>Cloud API unreachable: %1</source>
        <translation>云端 API 不可用：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="30"/>
        <source>Cloud API refused the credentials: %1</source>
        <translation>云端 API 拒绝了凭据：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="33"/>
        <source>Cloud API throttled: %1</source>
        <translation>云端 API 限流：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="56"/>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="59"/>
        <source>Authenticating</source>
        <translation>正在认证</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="62"/>
        <source>Subscribed</source>
        <translation>已订阅</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="62"/>
        <source>Subscribed to %1</source>
        <translation>已订阅 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="65"/>
        <source>Reconnecting %1</source>
        <translation>正在重连 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="68"/>
        <source>AuthFailed: %1</source>
        <translation>认证失败：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="71"/>
        <source>TlsFailed: %1</source>
        <translation>TLS 失败：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="74"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="92"/>
        <source>Cannot store: %1</source>
        <translation>无法存储：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="96"/>
        <source>%1
Nothing is acknowledged meanwhile: the cloud keeps the messages, and storing resumes by itself once it works again (free some disk space).</source>
        <translation>%1
在此期间不会确认任何消息：云端会保留这些消息，存储恢复正常后会自动继续（请释放一些磁盘空间）。</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="127"/>
        <source>%1 msg/s · latency %2 · %3 duplicates · %4 rejected</source>
        <translation>%1 条/秒 · 延迟 %2 · %3 条重复 · %4 条被拒</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="129"/>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="129"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowstatus.cpp" line="133"/>
        <source> · display thinned: %1 updates merged</source>
        <translation> · 显示已精简：合并了 %1 次更新</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowalerts.cpp" line="63"/>
        <location filename="../src/gui/mainwindowalerts.cpp" line="65"/>
        <location filename="../src/gui/mainwindowalerts.cpp" line="82"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowalerts.cpp" line="82"/>
        <source>Alerts (%1)</source>
        <translation>告警（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowalerts.cpp" line="84"/>
        <source>No alert is firing</source>
        <translation>没有正在触发的告警</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindowalerts.cpp" line="85"/>
        <source>%n alerts firing, %1 not acknowledged</source>
        <translation>
            <numerusform>%n 条告警正在触发，%1 条未确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/mainwindowalerts.cpp" line="126"/>
        <source>%n alert rules in effect</source>
        <translation>
            <numerusform>%n 条告警规则生效中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="27"/>
        <source>&amp;Open capture…</source>
        <translation>打开录制文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="29"/>
        <source>Open a capture to replay</source>
        <translation>打开要回放的录制文件</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="31"/>
        <location filename="../src/gui/mainwindowreplay.cpp" line="50"/>
        <source>Captures (*.jsonl *.json);;All files (*)</source>
        <translation>录制文件 (*.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="37"/>
        <source>Play a JSONL capture (an export, linkscope-collect --jsonl, a recording) into a temporary history, with your alert rules</source>
        <translation>将 JSONL 录制文件（导出文件、linkscope-collect --jsonl 的输出或一次录制）回放到临时历史中，并运行您的告警规则</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="39"/>
        <location filename="../src/gui/mainwindowreplay.cpp" line="105"/>
        <source>&amp;Record…</source>
        <translation>录制(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="49"/>
        <source>Record the live stream to</source>
        <translation>将实时消息流录制到</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="56"/>
        <source>Write every message from now on to a capture that File &gt; Open capture… replays</source>
        <translation>从现在起把每条消息写入录制文件，可用“文件 &gt; 打开录制文件…”回放</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="105"/>
        <source>Stop &amp;recording</source>
        <translation>停止录制(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="108"/>
        <source>Recording stopped: %1</source>
        <translation>录制已停止：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowreplay.cpp" line="113"/>
        <source>● Recording to %1</source>
        <translation>● 正在录制到 %1</translation>
    </message>
</context>
<context>
    <name>linkscope::MessageLogModel</name>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="38"/>
        <source>rejected: %1</source>
        <translation>已拒收：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="42"/>
        <source>%1 B</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="50"/>
        <source>Rejected: %1</source>
        <translation>已拒收：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="51"/>
        <source>message %1</source>
        <translation>消息 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="79"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="81"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="83"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="85"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../src/gui/messagelogmodel.cpp" line="87"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>linkscope::PipelineHost</name>
    <message>
        <location filename="../src/session/pipelinehost.cpp" line="116"/>
        <source>the session has already run</source>
        <translation>该会话已运行过</translation>
    </message>
</context>
<context>
    <name>linkscope::PropertyChart</name>
    <message>
        <location filename="../src/gui/propertychart.cpp" line="405"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../src/gui/propertychart.cpp" line="410"/>
        <source>%1 (min %2, max %3)</source>
        <translation>%1（最小 %2，最大 %3）</translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartpaint.cpp" line="91"/>
        <source>Tick properties in the Devices panel, or drag them here, to chart them.</source>
        <translation>在“设备”面板中勾选属性，或将属性拖到这里，即可绘制图表。</translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartpaint.cpp" line="95"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartpaint.cpp" line="95"/>
        <source>Not live: double-click to follow</source>
        <translation>非实时：双击以跟随当前时间</translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartinput.cpp" line="70"/>
        <source>Line</source>
        <translation>折线</translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartinput.cpp" line="71"/>
        <source>Step strip</source>
        <translation>阶梯条</translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartinput.cpp" line="72"/>
        <source>Markers</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartinput.cpp" line="80"/>
        <source>Remove from chart</source>
        <translation>从图表中移除</translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartinput.cpp" line="84"/>
        <source>Follow live</source>
        <translation>跟随实时</translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartinput.cpp" line="85"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../src/gui/propertychartinput.cpp" line="85"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>linkscope::PropertyListModel</name>
    <message>
        <location filename="../src/gui/propertylistmodel.cpp" line="164"/>
        <source>raw value %1</source>
        <translation>原始值 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/propertylistmodel.cpp" line="165"/>
        <source>%1
= %2
at %3
Tick to chart it, or drag it onto a chart.</source>
        <translation>%1
= %2
时间 %3
勾选以绘制曲线，或拖到图表上。</translation>
    </message>
    <message>
        <location filename="../src/gui/propertylistmodel.cpp" line="205"/>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../src/gui/propertylistmodel.cpp" line="207"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../src/gui/propertylistmodel.cpp" line="209"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>linkscope::ReplayBar</name>
    <message>
        <location filename="../src/gui/replaybar.cpp" line="26"/>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../src/gui/replaybar.cpp" line="41"/>
        <source>How fast the capture&apos;s time runs</source>
        <translation>录制时间的播放速度</translation>
    </message>
    <message>
        <location filename="../src/gui/replaybar.cpp" line="43"/>
        <location filename="../src/gui/replaybar.cpp" line="91"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../src/gui/replaybar.cpp" line="43"/>
        <source>As fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <location filename="../src/gui/replaybar.cpp" line="48"/>
        <source>Where the replay is in the capture. Drag forward to play up to there at once; drag back to start over and play up to there.</source>
        <translation>回放在录制中的位置。向前拖动会立即播放到该处；向后拖动会从头开始并播放到该处。</translation>
    </message>
    <message>
        <location filename="../src/gui/replaybar.cpp" line="106"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../src/gui/replaybar.cpp" line="106"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../src/gui/replaybar.cpp" line="119"/>
        <source>%1 of %2 lines</source>
        <translation>第 %1 行，共 %2 行</translation>
    </message>
</context>
<context>
    <name>linkscope::RuleEditorDialog</name>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="36"/>
        <source>Offline for a while</source>
        <translation>离线超过一段时间</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="38"/>
        <source>Silent (no message or value)</source>
        <translation>静默（无消息或无数值）</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="40"/>
        <source>Property above</source>
        <translation>属性高于</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="42"/>
        <source>Property below</source>
        <translation>属性低于</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="44"/>
        <source>Property outside a range</source>
        <translation>属性超出范围</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="46"/>
        <source>Property equals</source>
        <translation>属性等于</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="48"/>
        <source>Property changes</source>
        <translation>属性变化</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="50"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="52"/>
        <source>Service reply with an error</source>
        <translation>服务回复出错</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="54"/>
        <source>Flapping online/offline</source>
        <translation>频繁上下线</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="79"/>
        <source>Alert rules</source>
        <translation>告警规则</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="91"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="92"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="93"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="94"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="95"/>
        <source>Add the rules of a rules file (JSON)</source>
        <translation>添加规则文件（JSON）中的规则</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="97"/>
        <source>Write these rules to a file, for linkscope-collect --rules or another computer</source>
        <translation>将这些规则写入文件，供 linkscope-collect --rules 或其他电脑使用</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="112"/>
        <location filename="../src/gui/ruleeditor.cpp" line="142"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="113"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="114"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="134"/>
        <source>The alert clears only once the value is back inside by this much</source>
        <translation>数值回到范围内超过此幅度后告警才会解除</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="136"/>
        <source>a JSON value: 1, true, &quot;open&quot;</source>
        <translation>JSON 值：1、true、&quot;open&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="139"/>
        <source>10s, 2m, 1h</source>
        <translation>10s、2m、1h</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="141"/>
        <source>Any type</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="143"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="144"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="149"/>
        <source>10m</source>
        <translation>10m</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="156"/>
        <source>every device</source>
        <translation>所有设备</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="158"/>
        <source>every topic (+ and # wildcards)</source>
        <translation>所有主题（支持 + 和 # 通配符）</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="160"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="161"/>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="162"/>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="163"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="164"/>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="165"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="166"/>
        <source>Hysteresis</source>
        <translation>回差</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="167"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="168"/>
        <source>Event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="169"/>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="170"/>
        <source>Status changes</source>
        <translation>状态变化次数</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="171"/>
        <source>Within</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="172"/>
        <location filename="../src/gui/ruleeditor.cpp" line="302"/>
        <source>For</source>
        <translation>持续</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="173"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="174"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="175"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="176"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="237"/>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="302"/>
        <source>Stays for</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="304"/>
        <source>How long the alert stays firing after the last occurrence (default 5m)</source>
        <translation>最后一次发生后告警保持触发的时长（默认 5m）</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="305"/>
        <source>How long the condition must hold before the alert fires</source>
        <translation>条件需持续多久才触发告警</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="368"/>
        <source>this rule</source>
        <translation>此规则</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="385"/>
        <source>two rules are named &quot;%1&quot;</source>
        <translation>有两条规则都叫“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/ruleeditor.cpp" line="390"/>
        <source>%n rules, all valid</source>
        <translation>
            <numerusform>共 %n 条规则，全部有效</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="397"/>
        <location filename="../src/gui/ruleeditor.cpp" line="403"/>
        <location filename="../src/gui/ruleeditor.cpp" line="409"/>
        <source>Import alert rules</source>
        <translation>导入告警规则</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="398"/>
        <source>Rules (*.json);;All files (*)</source>
        <translation>规则 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="404"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="409"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="422"/>
        <location filename="../src/gui/ruleeditor.cpp" line="428"/>
        <source>Export alert rules</source>
        <translation>导出告警规则</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="423"/>
        <source>Rules (*.json)</source>
        <translation>规则 (*.json)</translation>
    </message>
    <message>
        <location filename="../src/gui/ruleeditor.cpp" line="429"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>linkscope::SettingsController</name>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="57"/>
        <location filename="../src/app/settingscontroller.cpp" line="233"/>
        <source>My project</source>
        <translation>我的项目</translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="75"/>
        <source>The language changes when LinkScope starts next.</source>
        <translation>语言将在下次启动 LinkScope 时生效。</translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="107"/>
        <source>There is no profile named “%1”.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="120"/>
        <source>The AppSecret of “%1” is not available: %2. Enter it in Settings.</source>
        <translation>无法取得“%1”的 AppSecret：%2。请在设置中输入。</translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="151"/>
        <source>Not saved: %1.</source>
        <translation>未保存：%1。</translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="168"/>
        <source>Saving the AppSecret in the system keychain…</source>
        <translation>正在将 AppSecret 保存到系统钥匙串…</translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="176"/>
        <source>Not saved: the AppSecret could not go into the keychain (%1).</source>
        <translation>未保存：无法将 AppSecret 存入钥匙串（%1）。</translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="194"/>
        <source>Saved. The AppSecret stays in memory until LinkScope quits.</source>
        <translation>已保存。AppSecret 仅保留在内存中，直到 LinkScope 退出。</translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="195"/>
        <source>Saved. The AppSecret is in the system keychain.</source>
        <translation>已保存。AppSecret 存放在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="224"/>
        <source>The profile is gone, but its AppSecret could not be removed from the keychain (%1).</source>
        <translation>配置已删除，但无法从钥匙串中删除其 AppSecret（%1）。</translation>
    </message>
    <message>
        <location filename="../src/app/settingscontroller.cpp" line="243"/>
        <source>Certificate not usable: %1.</source>
        <translation>证书不可用：%1。</translation>
    </message>
</context>
<context>
    <name>linkscope::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="22"/>
        <source>AMQP 1.0 (port 5671)</source>
        <translation>AMQP 1.0（端口 5671）</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="23"/>
        <source>HTTP/2 (port 443)</source>
        <translation>HTTP/2（端口 443）</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="25"/>
        <source>China (Shanghai)</source>
        <translation>中国（上海）</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="25"/>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="25"/>
        <source>US (Virginia)</source>
        <translation>美国（弗吉尼亚）</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="25"/>
        <source>Germany (Frankfurt)</source>
        <translation>德国（法兰克福）</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="29"/>
        <source>Custom host…</source>
        <translation>自定义主机…</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="32"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="35"/>
        <source>Takes effect when LinkScope starts next.</source>
        <translation>下次启动 LinkScope 时生效。</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="36"/>
        <source>⚠ One client at a time receives a project&apos;s push. Connecting takes it away from any other consumer on this AppKey (your server, the SDK sample) until LinkScope disconnects.</source>
        <translation>⚠ 一个项目的推送同一时间只会发给一个客户端。连接后，使用此 AppKey 的其他消费端（您的服务器、SDK 示例）将收不到推送，直到 LinkScope 断开连接。</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="43"/>
        <location filename="../src/gui/settingsdialog.cpp" line="132"/>
        <location filename="../src/gui/settingsdialog.cpp" line="149"/>
        <source>Stored in the system keychain, never in a file</source>
        <translation>保存在系统钥匙串中，绝不写入文件</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="45"/>
        <source>The console shows it under 项目设置 (project settings). With it LinkScope asks the cloud API for every device and its status, the products&apos; thing models (names, units, labels) and current values.</source>
        <translation>在控制台的“项目设置”中可以找到。填写后 LinkScope 会向云端 API 获取全部设备及其状态、产品的物模型（名称、单位、标签）和当前属性值。</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="50"/>
        <source>Save and connect</source>
        <translation>保存并连接</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="70"/>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="71"/>
        <source>Delete the profile “%1” and its AppSecret from the keychain?</source>
        <translation>删除配置“%1”并从钥匙串中删除其 AppSecret？</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="78"/>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="79"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="131"/>
        <location filename="../src/gui/settingsdialog.cpp" line="148"/>
        <source>Stored; leave empty to keep it</source>
        <translation>已保存；留空则保持不变</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="207"/>
        <source>New profile</source>
        <translation>新建配置</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="207"/>
        <source>Name of the new profile:</source>
        <translation>新配置的名称：</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="219"/>
        <source>Give the profile a name (without / or \).</source>
        <translation>请为配置命名（不能包含 / 或 \）。</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="221"/>
        <source>Enter the host to connect to.</source>
        <translation>请输入要连接的主机。</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="223"/>
        <source>Enter the project&apos;s AppKey.</source>
        <translation>请输入项目的 AppKey。</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="225"/>
        <source>Enter the project&apos;s AppSecret.</source>
        <translation>请输入项目的 AppSecret。</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="228"/>
        <source>The cloud API gateway must look like https://HOST:PORT.</source>
        <translation>云端 API 网关的格式应为 https://主机:端口。</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="232"/>
        <source>The topic filter %1 is not valid: %2</source>
        <translation>主题过滤条件 %1 无效：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="246"/>
        <source>&lt;b&gt;No keychain is available&lt;/b&gt; (%1). LinkScope never writes an AppSecret to a file: tick the box to keep it in memory until LinkScope quits.</source>
        <translation>&lt;b&gt;没有可用的钥匙串&lt;/b&gt;（%1）。LinkScope 绝不会把 AppSecret 写入文件：勾选下方选项可将其保留在内存中，直到 LinkScope 退出。</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="290"/>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
</context>
<context>
    <name>linkscope::StatusTimelineModel</name>
    <message>
        <location filename="../src/gui/statustimelinemodel.cpp" line="46"/>
        <source>%1: flapping, %2 changes in the last %3 min</source>
        <translation>%1：状态频繁抖动，最近 %3 分钟内变化 %2 次</translation>
    </message>
</context>
<context>
    <name>linkscope::StatusTimelineView</name>
    <message>
        <location filename="../src/gui/statustimelineview.cpp" line="180"/>
        <source>No online/offline changes yet.</source>
        <translation>暂无上下线变化。</translation>
    </message>
    <message>
        <location filename="../src/gui/statustimelineview.cpp" line="229"/>
        <source>Not live: double-click to follow</source>
        <translation>非实时：双击以跟随当前时间</translation>
    </message>
    <message>
        <location filename="../src/gui/statustimelineview.cpp" line="245"/>
        <source>%1: %2
from %3
to %4
for %5</source>
        <translation>%1：%2
从 %3
到 %4
持续 %5</translation>
    </message>
    <message>
        <location filename="../src/gui/statustimelineview.cpp" line="246"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../src/gui/statustimelineview.cpp" line="246"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../src/gui/statustimelineview.cpp" line="247"/>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../src/gui/statustimelineview.cpp" line="250"/>
        <source>Flapping: %1 changes in the last %2 min</source>
        <translation>频繁抖动：最近 %2 分钟内变化 %1 次</translation>
    </message>
    <message>
        <location filename="../src/gui/statustimelineview.cpp" line="257"/>
        <source>%1: no status known at %2</source>
        <translation>%1：%2 时状态未知</translation>
    </message>
</context>
<context>
    <name>linkscope::cloudapi::CloudApiClient</name>
    <message>
        <location filename="../src/cloudapi/cloudapicalls.cpp" line="59"/>
        <source>the product list repeats page %1 whole: the gateway ignores paging</source>
        <translation>产品列表整页重复第 %1 页：网关忽略了分页</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapicalls.cpp" line="100"/>
        <source>the device list of %1 repeats page %2 whole: the gateway ignores paging</source>
        <translation>%1 的设备列表整页重复第 %2 页：网关忽略了分页</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapicalls.cpp" line="171"/>
        <location filename="../src/cloudapi/cloudapicalls.cpp" line="192"/>
        <source>the thing model of %1: %2</source>
        <translation>%1 的物模型：%2</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapicalls.cpp" line="272"/>
        <source>the values of %1: %2</source>
        <translation>%1 的属性值：%2</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="104"/>
        <source>no cloud API gateway is set (a custom push host needs one)</source>
        <translation>未设置云端 API 网关（自定义推送主机需要设置）</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="106"/>
        <source>the cloud API gateway must be an https:// address, not “%1”</source>
        <translation>云端 API 网关必须是 https:// 地址，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="108"/>
        <source>no AppKey</source>
        <translation>没有 AppKey</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="110"/>
        <source>no AppSecret</source>
        <translation>没有 AppSecret</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="112"/>
        <source>no Project ID</source>
        <translation>没有项目 ID</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="116"/>
        <source>cannot read the CA file %1: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="197"/>
        <source>the cloud token answer is unusable: %1</source>
        <translation>云端令牌的应答不可用：%1</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="326"/>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="350"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="339"/>
        <source>the API gateway does not accept the AppKey: %1</source>
        <translation>API 网关不接受该 AppKey：%1</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="340"/>
        <source>the API gateway rejected the signature (check the AppSecret): %1</source>
        <translation>API 网关拒绝了签名（请检查 AppSecret）：%1</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="346"/>
        <source>the API gateway answered HTTP %1 to %2: %3</source>
        <translation>API 网关对 %2 返回 HTTP %1：%3</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="367"/>
        <source>the cloud refused a token for project “%1”: %2 (check the Project ID, AppKey and AppSecret)</source>
        <translation>云端拒绝为项目“%1”签发令牌：%2（请检查项目 ID、AppKey 和 AppSecret）</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="384"/>
        <source>%1 refused a fresh cloud token: %2</source>
        <translation>%1 拒绝了刚获取的云端令牌：%2</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="362"/>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="386"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/cloudapiclient.cpp" line="394"/>
        <source>%1: still throttled after %2 tries (%3)</source>
        <translation>%1：重试 %2 次后仍被限流（%3）</translation>
    </message>
</context>
<context>
    <name>linkscope::cloudapi::GatewayHttp</name>
    <message>
        <location filename="../src/cloudapi/gatewayhttp.cpp" line="109"/>
        <source>no answer from %1 within %2 s</source>
        <translation>%1 在 %2 秒内没有应答</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/gatewayhttp.cpp" line="114"/>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation>%1 的证书不受信任：%2</translation>
    </message>
    <message>
        <location filename="../src/cloudapi/gatewayhttp.cpp" line="119"/>
        <source>cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
</context>
<context>
    <name>linkscope::store::HistoryStore</name>
    <message>
        <location filename="../src/store/historystore.cpp" line="346"/>
        <source>could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>linkscope::transport::AmqpSubscriber</name>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="218"/>
        <source>an error inside LinkScope&apos;s AMQP client: %1</source>
        <translation>LinkScope 的 AMQP 客户端内部出错：%1</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="243"/>
        <source>the cloud closed the receiver</source>
        <translation>云端关闭了接收链路</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="244"/>
        <source>the cloud closed the receiver (%1)</source>
        <translation>云端关闭了接收链路（%1）</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="253"/>
        <location filename="../src/transport/amqpsubscriber.cpp" line="265"/>
        <source>the cloud refused the AppKey or AppSecret (%1)</source>
        <translation>云端拒绝了 AppKey 或 AppSecret（%1）</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="256"/>
        <source>the cloud closed the connection</source>
        <translation>云端关闭了连接</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="257"/>
        <source>the cloud closed the connection (%1)</source>
        <translation>云端关闭了连接（%1）</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="267"/>
        <source>AMQP error: %1</source>
        <translation>AMQP 错误：%1</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="271"/>
        <source>the connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="312"/>
        <source>the AMQP transfer is empty (no message in it)</source>
        <translation>AMQP 传输为空（其中没有消息）</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="314"/>
        <source>the AMQP message is %1, over the %2 limit</source>
        <translation>AMQP 消息大小为 %1，超过 %2 的上限</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="320"/>
        <source>the AMQP message cannot be decoded: %1</source>
        <translation>无法解码 AMQP 消息：%1</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="341"/>
        <source>the AMQP message has no body</source>
        <translation>AMQP 消息没有消息体</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="352"/>
        <source>the AMQP message body is null</source>
        <translation>AMQP 消息体为 null</translation>
    </message>
    <message>
        <location filename="../src/transport/amqpsubscriber.cpp" line="363"/>
        <source>the AMQP message body is %1, not a Data section</source>
        <translation>AMQP 消息体是 %1，而不是 Data 段</translation>
    </message>
</context>
<context>
    <name>linkscope::transport::Http2Subscriber</name>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="180"/>
        <source>the server did not agree to HTTP/2 (ALPN h2)</source>
        <translation>服务器不支持 HTTP/2（ALPN h2）</translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="234"/>
        <source>HTTP/2 protocol error: %1</source>
        <translation>HTTP/2 协议错误：%1</translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="258"/>
        <source>the cloud answered the login with status %1</source>
        <translation>云端对登录请求返回状态 %1</translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="260"/>
        <source>the cloud answered the login with status %1: %2</source>
        <translation>云端对登录请求返回状态 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="305"/>
        <source>the server sent more than %1 KiB for one message; the stream was reset</source>
        <translation>服务器为一条消息发送了超过 %1 KiB 的数据；已重置该流</translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="314"/>
        <source>the server had more than %1 KiB of unfinished messages open at once; the stream was reset</source>
        <translation>服务器同时未完成的消息超过 %1 KiB；已重置该流</translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="376"/>
        <source>the cloud reset the login stream (%1)</source>
        <translation>云端重置了登录流（%1）</translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="406"/>
        <source>the cloud ended the login (%1)</source>
        <translation>云端结束了登录（%1）</translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="409"/>
        <source>the server sent GOAWAY (%1)</source>
        <translation>服务器发送了 GOAWAY（%1）</translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="440"/>
        <source>the server answers no acknowledgement (%1 waiting)</source>
        <translation>服务器不应答任何确认（%1 条等待中）</translation>
    </message>
    <message>
        <location filename="../src/transport/http2subscriber.cpp" line="478"/>
        <source>nothing arrived for %1 s</source>
        <translation>已有 %1 秒没有收到任何数据</translation>
    </message>
</context>
<context>
    <name>linkscope::transport::ReplaySubscriber</name>
    <message numerus="yes">
        <location filename="../src/transport/replaysubscriber.cpp" line="89"/>
        <source>Replayed %1 to its end: %n message(s)</source>
        <translation>
            <numerusform>已回放 %1 至末尾：%n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/transport/replaysubscriber.cpp" line="91"/>
        <source>, %n line(s) could not be read (see Rejected messages)</source>
        <translation>
            <numerusform>，%n 行无法读取（见“被拒消息”）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/transport/replaysubscriber.cpp" line="94"/>
        <source>, %n message(s) the history refused (see the log)</source>
        <translation>
            <numerusform>，%n 条消息被历史库拒绝（见日志）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/transport/replaysubscriber.cpp" line="97"/>
        <source>Replay of %1 paused</source>
        <translation>%1 的回放已暂停</translation>
    </message>
    <message>
        <location filename="../src/transport/replaysubscriber.cpp" line="99"/>
        <source>Replaying %1 as fast as possible</source>
        <translation>正在尽可能快地回放 %1</translation>
    </message>
    <message>
        <location filename="../src/transport/replaysubscriber.cpp" line="101"/>
        <source>Replaying %1 at %2×</source>
        <translation>正在以 %2× 回放 %1</translation>
    </message>
    <message>
        <location filename="../src/transport/replaysubscriber.cpp" line="111"/>
        <location filename="../src/transport/replaysubscriber.cpp" line="126"/>
        <source>cannot read the capture %1: %2</source>
        <translation>无法读取录制文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/transport/replaysubscriber.cpp" line="115"/>
        <source>the capture %1 is empty</source>
        <translation>录制文件 %1 为空</translation>
    </message>
    <message>
        <location filename="../src/transport/replaysubscriber.cpp" line="120"/>
        <source>%1 holds no message this version can replay (a JSON object with topic, messageId and payload on each line)</source>
        <translation>%1 中没有本版本可以回放的消息（每行应为包含 topic、messageId 和 payload 的 JSON 对象）</translation>
    </message>
    <message>
        <location filename="../src/transport/replaysubscriber.cpp" line="205"/>
        <source>rejected in the capture</source>
        <translation>在录制文件中即为被拒消息</translation>
    </message>
    <message>
        <location filename="../src/transport/replaysubscriber.cpp" line="214"/>
        <source>line %1 of the capture cannot be replayed: %2</source>
        <translation>录制文件第 %1 行无法回放：%2</translation>
    </message>
</context>
<context>
    <name>linkscope::transport::Subscriber</name>
    <message>
        <location filename="../src/transport/subscriber.cpp" line="47"/>
        <source>cannot read the CA file %1: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/transport/subscriber.cpp" line="50"/>
        <source>the CA file %1 is empty</source>
        <translation>CA 文件 %1 为空</translation>
    </message>
    <message>
        <location filename="../src/transport/subscriber.cpp" line="55"/>
        <source>the CA file %1 is DER-encoded; LinkScope reads PEM (convert it with openssl x509 -inform DER -in %1 -out ca.pem)</source>
        <translation>CA 文件 %1 为 DER 编码；LinkScope 读取 PEM（可用 openssl x509 -inform DER -in %1 -out ca.pem 转换）</translation>
    </message>
    <message>
        <location filename="../src/transport/subscriber.cpp" line="58"/>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>CA 文件 %1 中没有 PEM 证书</translation>
    </message>
</context>
<context>
    <name>linkscope::transport::TlsSubscriber</name>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="30"/>
        <source>in %1 s (%2)</source>
        <translation>%1 秒后（%2）</translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="31"/>
        <source>retrying in %1 s</source>
        <translation>%1 秒后重试</translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="51"/>
        <source>no name at all</source>
        <translation>没有任何名称</translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="54"/>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="78"/>
        <source>the login was not answered within %1 s</source>
        <translation>登录请求在 %1 秒内未得到应答</translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="80"/>
        <source>the server did not answer within %1 s</source>
        <translation>服务器在 %1 秒内没有应答</translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="111"/>
        <source>TLS is not available (no OpenSSL backend for Qt)</source>
        <translation>TLS 不可用（Qt 没有 OpenSSL 后端）</translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="125"/>
        <source>connection limit of 100 a minute reached</source>
        <translation>已达到每分钟 100 次连接的上限</translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="157"/>
        <location filename="../src/transport/tlssubscriber.cpp" line="209"/>
        <source>the server&apos;s certificate is not trusted (%1)</source>
        <translation>服务器证书不受信任（%1）</translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="192"/>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="202"/>
        <source>the certificate is for %1, not for %2</source>
        <translation>该证书属于 %1，而不是 %2</translation>
    </message>
    <message>
        <location filename="../src/transport/tlssubscriber.cpp" line="219"/>
        <source>the server stopped reading (%1 KiB unsent)</source>
        <translation>服务器停止读取（%1 KiB 未发送）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="76"/>
        <source>Live monitor for the Life IoT Platform&apos;s data push.</source>
        <translation>生活物联网平台数据推送的实时监视器。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="80"/>
        <source>Quit after &lt;ms&gt; milliseconds (for tests).</source>
        <translation>在 &lt;ms&gt; 毫秒后退出（用于测试）。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="84"/>
        <source>Watch an emulated fleet (no account needed).</source>
        <translation>观看模拟设备群（无需账号）。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="88"/>
        <source>The demo&apos;s transport: amqp (default) or http2.</source>
        <translation>演示使用的传输协议：amqp（默认）或 http2。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="93"/>
        <source>The demo&apos;s messages per second in all (default 40).</source>
        <translation>演示每秒推送的消息总数（默认 40）。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="98"/>
        <source>The demo&apos;s number of devices (default 24).</source>
        <translation>演示的设备数量（默认 24）。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="103"/>
        <source>The demo&apos;s number of products (default 4).</source>
        <translation>演示的产品数量（默认 4）。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="108"/>
        <source>Write how the window keeps up to &lt;file&gt;, a JSON line a second (timer lateness, how far behind, GUI CPU, memory).</source>
        <translation>每秒向 &lt;file&gt; 写一行 JSON，记录窗口是否跟得上（定时器延迟、落后多少、GUI 线程 CPU、内存）。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="115"/>
        <source>Chart this many properties of different devices at once (benchmarks).</source>
        <translation>同时为这么多个不同设备的属性绘制图表（用于基准测试）。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="120"/>
        <source>Connect with the saved profile &lt;name&gt;.</source>
        <translation>使用已保存的配置 &lt;name&gt; 连接。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="125"/>
        <source>Save a PNG of the window to &lt;file&gt; before quitting.</source>
        <translation>退出前将窗口截图保存为 PNG 文件 &lt;file&gt;。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="130"/>
        <source>Replay the capture &lt;file&gt; (as File &gt; Open capture…).</source>
        <translation>回放录制文件 &lt;file&gt;（同“文件 &gt; 打开录制文件…”）。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="135"/>
        <source>The replay&apos;s speed: 1, 10, 100, or 0 for as fast as possible (default 1).</source>
        <translation>回放速度：1、10、100，或 0 表示尽可能快（默认 1）。</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="168"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="169"/>
        <source>The demo could not start: %1</source>
        <translation>演示无法启动：%1</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="173"/>
        <location filename="../src/app/main.cpp" line="220"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="174"/>
        <source>Could not start the session for “%1”: %2</source>
        <translation>无法为“%1”启动会话：%2</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="196"/>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="197"/>
        <source>The capture could not be replayed: %1</source>
        <translation>无法回放该录制文件：%1</translation>
    </message>
</context>
</TS>
