<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>duban::core::BriefingBuilder</name>
    <message>
        <source>Supervision Briefing</source>
        <translation>督查通报</translation>
    </message>
    <message>
        <source>Supervision Report on the Progress of Key Tasks</source>
        <translation>重点任务推进情况督查通报</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>duban::core::CalendarService</name>
    <message>
        <source>A calendar entry needs a valid date.</source>
        <translation>日历条目需要有效的日期。</translation>
    </message>
    <message>
        <source>The name of %1 is longer than %2 characters.</source>
        <translation>%1 的名称超过 %2 个字。</translation>
    </message>
    <message>
        <source>%1 is entered twice.</source>
        <translation>%1 录入了两次。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>write a date, holiday or workday (休 or 班) and a name, as in &quot;2027-10-01 holiday 国庆节&quot;.</source>
        <translation>请写日期、holiday 或 workday（休或班）和名称，如“2027-10-01 holiday 国庆节”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day like 2027-10-01.</source>
        <translation>“%1”不是 2027-10-01 这样的日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither holiday (休) nor workday (班).</source>
        <translation>“%1”既不是 holiday（休）也不是 workday（班）。</translation>
    </message>
    <message>
        <source>%1 is already on line %2.</source>
        <translation>%1 已在第 %2 行录入。</translation>
    </message>
</context>
<context>
    <name>duban::core::Database</name>
    <message>
        <source>%1 is a folder, not a Duban database.</source>
        <translation>%1 是文件夹，不是督办数据库。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Duban database.</source>
        <translation>%1 是空文件，不是督办数据库。</translation>
    </message>
    <message>
        <source>%1 is not a Duban database (it is not an SQLite database file).</source>
        <translation>%1 不是督办数据库（不是 SQLite 数据库文件）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Duban database.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是督办数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Duban (schema %2; this version reads up to %3). Update Duban to open it.</source>
        <translation>%1 由更新版本的督办写入（数据结构版本 %2，本版本最高支持 %3）。请升级督办后再打开。</translation>
    </message>
    <message>
        <source>%1 is read-only. Duban saves every edit at once and needs to write to it; copy it to a writable folder or change its permissions.</source>
        <translation>%1 是只读文件。督办会即时保存每次修改，需要写入该文件；请将其复制到可写的文件夹，或修改文件权限。</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; Duban needs to write its journal next to the file.</source>
        <translation>%1 所在的文件夹是只读的；督办需要在该文件旁写入日志文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it there and try again.</source>
        <translation>%1 已被其他程序锁定。请先在该程序中关闭后重试。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used (%2). Restore it from a backup.</source>
        <translation>%1 已损坏，无法使用（%2）。请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Duban. Update Duban to open it.</source>
        <translation>%1 由更新版本的督办写入。请升级督办后再打开。</translation>
    </message>
    <message>
        <source>%1 cannot be prepared for use: %2</source>
        <translation>无法准备使用 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade: %1</source>
        <translation>无法开始升级数据结构：%1</translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed: %2</source>
        <translation>升级数据结构到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 could not be saved: %2</source>
        <translation>无法保存到版本 %1 的数据结构升级：%2</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2). Free some space and try again; the file is unchanged.</source>
        <translation>%1 所在的磁盘已满（%2）。请腾出空间后重试；文件未改动。</translation>
    </message>
    <message>
        <source>%1 could not be read or written (%2). Check the disk and try again.</source>
        <translation>%1 无法读写（%2）。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>%1 is not a regular file, not a Duban database.</source>
        <translation>%1 不是普通文件，不是督办数据库。</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <source>No database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
</context>
<context>
    <name>duban::core::DueService</name>
    <message>
        <source>Progress report for the first half of %1</source>
        <extracomment>zh_CN: %1年上半年进展报送</extracomment>
        <translation>%1年上半年进展报送</translation>
    </message>
    <message>
        <source>Progress report for the second half of %1</source>
        <extracomment>zh_CN: %1年下半年进展报送</extracomment>
        <translation>%1年下半年进展报送</translation>
    </message>
    <message>
        <source>Progress report for quarter %1 of %2</source>
        <extracomment>%1 the quarter (1–4), %2 the year; zh_CN: %2年第%1季度进展报送</extracomment>
        <translation>%2年第%1季度进展报送</translation>
    </message>
    <message>
        <source>Progress report for %1 to %2</source>
        <extracomment>a progress report owed for a 旬; zh_CN: %1至%2进展报送</extracomment>
        <translation>%1至%2进展报送</translation>
    </message>
    <message>
        <source>Progress report for %1</source>
        <extracomment>a progress report owed for a month (%1: the month as &quot;MMMM yyyy&quot;); zh_CN: %1进展报送</extracomment>
        <translation>%1进展报送</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>the month of a report period</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <extracomment>zh_CN: 回复%1</extracomment>
        <translation>回复%1</translation>
    </message>
    <message>
        <source>Reply to the supervision notice of %1</source>
        <translation>回复%1的督办通知</translation>
    </message>
    <message>
        <source>Reply to the reminder of %1</source>
        <extracomment>zh_CN: 回复%1的催办</extracomment>
        <translation>回复%1的催办</translation>
    </message>
    <message>
        <source>Deadline</source>
        <extracomment>what comes due: the task&apos;s deadline; zh_CN: 期限</extracomment>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Milestone</source>
        <extracomment>zh_CN: 节点</extracomment>
        <translation>节点</translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>zh_CN: 报送</extracomment>
        <translation>报送</translation>
    </message>
    <message>
        <source>Response</source>
        <extracomment>zh_CN: 回复</extracomment>
        <translation>回复</translation>
    </message>
    <message>
        <source>The window is 0 to %1 working days, not %2.</source>
        <translation>提前天数应为0至%1个工作日，而不是%2。</translation>
    </message>
    <message>
        <source>The due-soon list needs a date.</source>
        <translation>临近到期清单需要一个日期。</translation>
    </message>
    <message>
        <source>The task&apos;s deadline</source>
        <extracomment>zh_CN: 任务办结期限</extracomment>
        <translation>任务办结期限</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <extracomment>one item of a reminder&apos;s text: date and what is due; zh_CN: %1%2（%3）</extracomment>
        <translation>%1%2（%3）</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a reminder</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Coming due: %1</source>
        <extracomment>a reminder&apos;s text, listing what is due; zh_CN: 临近到期提醒：%1</extracomment>
        <translation>临近到期提醒：%1</translation>
    </message>
</context>
<context>
    <name>duban::core::HeaderParser</name>
    <message>
        <source>No title was found in the document; set it before saving.</source>
        <translation>文件中未找到标题，请在保存前填写。</translation>
    </message>
    <message>
        <source>No document number (like 湘新综发〔2023〕22号) was found.</source>
        <translation>未找到文号（如 湘新综发〔2023〕22号）。</translation>
    </message>
    <message>
        <source>No issue date (like 2023年3月22日) was found; time words before the issue date cannot be told from milestones.</source>
        <translation>未找到成文日期（如 2023年3月22日），无法区分早于成文日期的时间词与节点。</translation>
    </message>
    <message>
        <source>No issuing office was found.</source>
        <translation>未找到发文单位。</translation>
    </message>
</context>
<context>
    <name>duban::core::ImportService</name>
    <message>
        <source>Tasks of this plan have progress reports or supervision records now (another writer added them); the import is not undone, so that they are kept.</source>
        <translation>此方案的任务现有进展或督办记录（由其他写入方添加），为保留这些记录，导入不予撤销。</translation>
    </message>
</context>
<context>
    <name>duban::core::IndicatorMatch</name>
    <message>
        <source>no indicator called &quot;%1&quot;</source>
        <translation>没有名为“%1”的指标</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several indicators: %2</source>
        <translation>“%1”匹配多个指标：%2</translation>
    </message>
</context>
<context>
    <name>duban::core::IndicatorRepository</name>
    <message>
        <source>The target “%1”</source>
        <translation>目标“%1”</translation>
    </message>
</context>
<context>
    <name>duban::core::InputFile</name>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>命名管道</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>%1 is not a regular file but %2; only ordinary files can be read.</source>
        <translation>%1 不是普通文件，而是%2；只能读取普通文件。</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB (%3 bytes); files larger than %4 MB (%5 bytes) are not read.</source>
        <translation>文件 %1 大小为 %2 MB（%3 字节）；不读取超过 %4 MB（%5 字节）的文件。</translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes).</source>
        <translation>文件 %1 是空的（0 字节）。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>无法读取文件 %1：%2。</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>读取 %1 失败：%2。</translation>
    </message>
</context>
<context>
    <name>duban::core::LedgerExportService</name>
    <message>
        <source>Assigned</source>
        <extracomment>zh_CN: 已交办</extracomment>
        <translation>已交办</translation>
    </message>
    <message>
        <source>Signed</source>
        <extracomment>zh_CN: 已签收</extracomment>
        <translation>已签收</translation>
    </message>
    <message>
        <source>In progress</source>
        <extracomment>zh_CN: 办理中</extracomment>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Completion requested</source>
        <extracomment>zh_CN: 办结待审</extracomment>
        <translation>办结待审</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>zh_CN: 已销号</extracomment>
        <translation>已销号</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <extracomment>the exported ledger&apos;s title row; zh_CN: %1（统计截止日期：%2）</extracomment>
        <translation>%1（统计截止日期：%2）</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>zh_CN: 序号</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task</source>
        <extracomment>zh_CN: 任务</extracomment>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <extracomment>zh_CN: 牵头单位</extracomment>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Co-units</source>
        <extracomment>zh_CN: 配合单位</extracomment>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <extracomment>zh_CN: 完成时限</extracomment>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Milestones</source>
        <extracomment>zh_CN: 节点</extracomment>
        <translation>节点</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <extracomment>zh_CN: 最新进展</extracomment>
        <translation>最新进展</translation>
    </message>
    <message>
        <source>Done %</source>
        <extracomment>zh_CN: 完成%</extracomment>
        <translation>完成%</translation>
    </message>
    <message>
        <source>Schedule</source>
        <extracomment>zh_CN: 序时状态</extracomment>
        <translation>序时状态</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>zh_CN: 灯号</extracomment>
        <translation>灯号</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>zh_CN: 原因</extracomment>
        <translation>原因</translation>
    </message>
    <message>
        <source>Remark</source>
        <extracomment>zh_CN: 备注</extracomment>
        <translation>备注</translation>
    </message>
    <message>
        <source>The as-of date is not valid.</source>
        <extracomment>zh_CN: 统计截止日期无效。</extracomment>
        <translation>统计截止日期无效。</translation>
    </message>
    <message>
        <source>There is no unit called %1.</source>
        <extracomment>zh_CN: 没有名为%1的单位。</extracomment>
        <translation>没有名为%1的单位。</translation>
    </message>
    <message>
        <source>There is no plan numbered %1.</source>
        <extracomment>zh_CN: 没有文号为%1的方案。</extracomment>
        <translation>没有文号为%1的方案。</translation>
    </message>
    <message>
        <source>%1 (met)</source>
        <extracomment>a milestone met; zh_CN: %1（已完成）</extracomment>
        <translation>%1（已完成）</translation>
    </message>
    <message>
        <source>Task ledger</source>
        <extracomment>zh_CN: 任务台账</extracomment>
        <translation>任务台账</translation>
    </message>
    <message>
        <source>%1 (originally %2)</source>
        <extracomment>an extended deadline; zh_CN: %1（原定%2）</extracomment>
        <translation>%1（原定%2）</translation>
    </message>
    <message>
        <source>completed %1</source>
        <extracomment>zh_CN: %1办结</extracomment>
        <translation>%1办结</translation>
    </message>
</context>
<context>
    <name>duban::core::LoopRepository</name>
    <message>
        <source>%1&apos;s acknowledgement is no longer recorded; someone else removed it.</source>
        <translation>%1的签收记录已不存在，已被他人删除。</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>该申请</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <source>The attachment was already removed.</source>
        <translation>该附件已被移除。</translation>
    </message>
    <message>
        <source>The attachment is not removed.</source>
        <translation>该附件未被移除。</translation>
    </message>
</context>
<context>
    <name>duban::core::LoopService</name>
    <message>
        <source>The task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>A step needs a date.</source>
        <translation>办理环节需要填写日期。</translation>
    </message>
    <message>
        <source>%1 is in the future: a step is recorded on the day it was taken.</source>
        <translation>%1 是将来的日期：办理环节应按实际办理当日登记。</translation>
    </message>
    <message>
        <source>Task %1 is closed (销号 on %2); reopen it first.</source>
        <translation>任务%1已销号（%2），请先重新打开。</translation>
    </message>
    <message>
        <source>Name the unit the step is taken for.</source>
        <translation>请指明办理单位。</translation>
    </message>
    <message>
        <source>%1 is neither a lead nor a co-unit of task %2, which has no units.</source>
        <translation>%1 不是任务%2的牵头单位或配合单位，该任务尚无责任单位。</translation>
    </message>
    <message>
        <source>%1 is neither a lead nor a co-unit of task %2; its units are %3.</source>
        <translation>%1 不是任务%2的牵头单位或配合单位；该任务的责任单位为%3。</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>附件需要文件名。</translation>
    </message>
    <message>
        <source>%1 is empty; there is nothing to attach.</source>
        <translation>%1 是空文件，无内容可附。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an attachment can be at most %3 MB.</source>
        <translation>%1 大小为 %2 MB，附件最大为 %3 MB。</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>任务%1</translation>
    </message>
    <message>
        <source>Task %1 is due on %2; it cannot be assigned after its deadline.</source>
        <translation>任务%1的完成时限为%2，不能在完成时限之后交办。</translation>
    </message>
    <message>
        <source>Task %1 was assigned (交办) on %2; it cannot be acknowledged before.</source>
        <translation>任务%1于%2交办，不能在此之前签收。</translation>
    </message>
    <message>
        <source>%1 already acknowledged task %2 on %3.</source>
        <translation>%1 已于%3签收任务%2。</translation>
    </message>
    <message>
        <source>A completion request needs its basis (办结依据): what was done and how it shows.</source>
        <translation>办结申请需要填写办结依据：完成了什么、如何证明。</translation>
    </message>
    <message>
        <source>Task %1 already has a completion request of %2 (%3) waiting for review.</source>
        <translation>任务%1已有%2的办结申请（%3）待审核。</translation>
    </message>
    <message>
        <source>An extension request needs the new deadline it asks for.</source>
        <translation>延期申请需要填写申请延期至的日期。</translation>
    </message>
    <message>
        <source>An extension request needs its reason.</source>
        <translation>延期申请需要填写理由。</translation>
    </message>
    <message>
        <source>Task %1 is due on %2; an extension must ask for a later date than that, not %3.</source>
        <translation>任务%1的完成时限为%2，延期申请的日期须晚于该日期，不能是%3。</translation>
    </message>
    <message>
        <source>The new deadline %1 is before the request&apos;s date %2.</source>
        <translation>新的完成时限%1早于申请日期%2。</translation>
    </message>
    <message>
        <source>Task %1 already has an extension request to %2 waiting for a decision.</source>
        <translation>任务%1已有延期至%2的申请待审批。</translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation>该申请已不存在。</translation>
    </message>
    <message>
        <source>The request was decided on %1; take the decision back first.</source>
        <translation>该申请已于%1作出决定，请先撤回决定。</translation>
    </message>
    <message>
        <source>A returned completion request needs the reason it is returned for.</source>
        <translation>退回办结申请需要填写退回理由。</translation>
    </message>
    <message>
        <source>Task %1 has no completion request waiting for review: the last one (%2) was already %3 on %4.</source>
        <translation>任务%1没有待审核的办结申请：最近一次申请（%2）已于%4%3。</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Task %1 has no completion request (办结申请) to review; the office closes a task without one with “complete”.</source>
        <translation>任务%1没有可审核的办结申请；无申请时由办公室直接办结（“complete”）。</translation>
    </message>
    <message>
        <source>The request is dated %1; it cannot be reviewed on %2, before it was made.</source>
        <translation>该申请日期为%1，不能在申请之前的%2审核。</translation>
    </message>
    <message>
        <source>Task %1 has no extension request waiting: the last one (to %2) was already %3 on %4.</source>
        <translation>任务%1没有待审批的延期申请：最近一次申请（延期至%2）已于%4%3。</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Task %1 has no extension request (延期申请) to decide.</source>
        <translation>任务%1没有可审批的延期申请。</translation>
    </message>
    <message>
        <source>The request is dated %1; it cannot be decided on %2, before it was made.</source>
        <translation>该申请日期为%1，不能在申请之前的%2审批。</translation>
    </message>
    <message>
        <source>The request has not been decided.</source>
        <translation>该申请尚未作出决定。</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1 处没有文件。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>duban::core::NoticeService</name>
    <message>
        <source>The notice no longer exists.</source>
        <translation>该通知单已不存在。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a task&apos;s light and its reasons in a notice; zh_CN: %1：%2</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between reasons</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Supervision Notice</source>
        <translation>督办通知单</translation>
    </message>
    <message>
        <source>Reminder Notice</source>
        <translation>催办单</translation>
    </message>
    <message>
        <source>Supervision Office</source>
        <extracomment>who issues notices by default; zh_CN: 督查室</extracomment>
        <translation>督查室</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>day of a notice&apos;s requirement</comment>
        <extracomment>a day in a notice&apos;s requirement (QDate format); zh_CN: M月d日</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Please report in writing to %2 by %1 on how the tasks have been carried out.</source>
        <extracomment>zh_CN: 请于%1前将整改落实情况书面报送%2。</extracomment>
        <translation>请于%1前将整改落实情况书面报送%2。</translation>
    </message>
    <message>
        <source>There is no unit called %1.</source>
        <translation>没有名为%1的单位。</translation>
    </message>
    <message>
        <source>A notice needs its date.</source>
        <translation>通知单需要签发日期。</translation>
    </message>
    <message>
        <source>%1 is in the future: a notice is dated the day it is issued.</source>
        <translation>%1是将来的日期：通知单以签发当日为日期。</translation>
    </message>
    <message>
        <source>Name the unit the notice is addressed to.</source>
        <translation>请指定通知单的主送单位。</translation>
    </message>
    <message>
        <source>%1 leads no open task that is red or yellow as of %2; name the tasks.</source>
        <translation>截至%2，%1牵头的未办结任务中没有红灯或黄灯任务；请指定任务。</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>Task %1 is closed; a notice chases open tasks only.</source>
        <translation>任务%1已办结；通知单只督促未办结任务。</translation>
    </message>
    <message>
        <source>%1 is neither a lead nor a co-unit of task %2.</source>
        <translation>%1既不是任务%2的牵头单位，也不是配合单位。</translation>
    </message>
    <message>
        <source>The response cannot be due (%1) before the notice&apos;s date (%2).</source>
        <translation>回复时限（%1）不能早于通知单日期（%2）。</translation>
    </message>
    <message>
        <source>A notice needs at least one task.</source>
        <translation>通知单至少需要一项任务。</translation>
    </message>
    <message>
        <source>%1 has been issued again meanwhile; the notice cannot be put back.</source>
        <translation>%1已被重新签发，无法恢复该通知单。</translation>
    </message>
    <message>
        <source>%1 was answered on %2 already.</source>
        <translation>%1已于%2回复。</translation>
    </message>
    <message>
        <source>A response needs the day it came.</source>
        <translation>回复需要收到日期。</translation>
    </message>
    <message>
        <source>%1 is in the future: a response is recorded when it has come.</source>
        <translation>%1是将来的日期：回复在收到后才能登记。</translation>
    </message>
    <message>
        <source>%1 is dated %2: its response cannot come before it, on %3.</source>
        <translation>%1的日期是%2：回复不能早于它，不能是%3。</translation>
    </message>
    <message>
        <source>A response needs its text: what the unit answered.</source>
        <translation>回复需要内容：单位答复了什么。</translation>
    </message>
    <message>
        <source>There is no notice numbered %1.</source>
        <translation>没有编号为%1的通知单。</translation>
    </message>
</context>
<context>
    <name>duban::core::ObservationCsv</name>
    <message>
        <source>expected indicator, period, value</source>
        <translation>应为 指标,期间,数值</translation>
    </message>
    <message>
        <source>the indicator is missing</source>
        <translation>缺少指标</translation>
    </message>
    <message>
        <source>cannot read the period &quot;%1&quot;</source>
        <translation>无法识别期间“%1”</translation>
    </message>
    <message>
        <source>cannot read the value &quot;%1&quot;</source>
        <translation>无法识别数值“%1”</translation>
    </message>
    <message>
        <source>repeats line %1 (same indicator and period)</source>
        <translation>与第%1行重复（指标和期间相同）</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not a finite number</source>
        <translation>数值“%1”不是有限数值</translation>
    </message>
</context>
<context>
    <name>duban::core::ObservationTable</name>
    <message>
        <source>No row or column of periods (like 1-3月) was found in the table.</source>
        <extracomment>zh_CN: 表中找不到时期（如1-3月）所在的行或列。</extracomment>
        <translation>表中找不到时期（如1-3月）所在的行或列。</translation>
    </message>
    <message>
        <source>cell %1: %2</source>
        <extracomment>a problem of one cell of a statistics table; zh_CN: 单元格%1：%2</extracomment>
        <translation>单元格%1：%2</translation>
    </message>
    <message>
        <source>another line of the table already gives this indicator&apos;s value for this period</source>
        <extracomment>zh_CN: 表中另一行已给出该指标这一时期的数值</extracomment>
        <translation>表中另一行已给出该指标这一时期的数值</translation>
    </message>
</context>
<context>
    <name>duban::core::OpenLedger</name>
    <message>
        <source>Duban is checking the database file (it is large and changed since its last check); edits wait until the check has passed. Nothing was changed.</source>
        <translation>督办正在检查数据库文件（文件较大，且自上次检查后有改动）；检查通过前暂不保存修改。未作任何改动。</translation>
    </message>
    <message>
        <source>Tasks entered by hand</source>
        <translation>手工录入的任务</translation>
    </message>
</context>
<context>
    <name>duban::core::OutputFile</name>
    <message>
        <source>nothing more could be written</source>
        <translation>无法继续写入</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>未指定输出文件。</translation>
    </message>
    <message>
        <source>%1 is the database Duban is working on (or one of its journal files); it cannot be the output. Choose another file.</source>
        <translation>%1 是督办正在使用的数据库（或其日志文件），不能作为输出文件。请另选文件。</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file to write.</source>
        <translation>%1 是文件夹；请给出要写入的文件名。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a FIFO or a socket); Duban writes only ordinary files.</source>
        <translation>%1 不是普通文件（而是设备、管道或套接字）；督办只写入普通文件。</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it is.</source>
        <translation>%1 已存在，未作改动。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>写入 %1 失败：%2。</translation>
    </message>
    <message>
        <source>the existing file cannot be replaced</source>
        <translation>无法替换已有文件</translation>
    </message>
    <message>
        <source>the file cannot be renamed into place</source>
        <translation>无法将文件重命名到目标位置</translation>
    </message>
</context>
<context>
    <name>duban::core::PastedColumn</name>
    <message>
        <source>past December: &quot;%1&quot;</source>
        <translation>超出12月：“%1”</translation>
    </message>
    <message>
        <source>cannot read the value &quot;%1&quot;</source>
        <translation>无法识别数值“%1”</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not a finite number</source>
        <translation>数值“%1”不是有限数值</translation>
    </message>
    <message>
        <source>no period for the value &quot;%1&quot;</source>
        <translation>数值“%1”没有对应的期间</translation>
    </message>
    <message>
        <source>cannot read the period &quot;%1&quot;</source>
        <translation>无法识别期间“%1”</translation>
    </message>
    <message>
        <source>the period &quot;%1&quot; repeats row %2</source>
        <translation>期间“%1”与第 %2 行重复</translation>
    </message>
    <message>
        <source>expected a period and a value, found %1 cells: &quot;%2&quot;</source>
        <translation>应为一个期间和一个数值，实际为 %1 个单元格：“%2”</translation>
    </message>
</context>
<context>
    <name>duban::core::PlanImporter</name>
    <message>
        <source>The text has %1 characters; documents larger than %2 MB are not imported.</source>
        <translation>文本共 %1 个字符；超过 %2 MB 的文件不予导入。</translation>
    </message>
    <message>
        <source>The document has no text.</source>
        <translation>文件没有文字内容。</translation>
    </message>
    <message>
        <source>No plan year was found; deadlines assume %1.</source>
        <translation>未找到方案年度，完成时限按 %1 年计算。</translation>
    </message>
    <message>
        <source>Task %1 names no responsible unit.</source>
        <translation>任务 %1 未列明责任单位。</translation>
    </message>
    <message>
        <source>Task %1: unit %2 is not in the unit directory; the closest one is %3. Kept as written: check whether they are the same unit.</source>
        <translation>任务 %1：单位 %2 不在单位名录中，最接近的是 %3。已按原文保留，请核实是否为同一单位。</translation>
    </message>
    <message>
        <source>Task %1: the time limit %2 is not a date; the deadline is the end of %3.</source>
        <translation>任务 %1：完成时限 %2 不是日期，完成时限按 %3 年底计算。</translation>
    </message>
    <message>
        <source>Task %1: %2 (%3) is before the document&apos;s date %4; kept as information, not set as a milestone.</source>
        <translation>任务 %1：%2（%3）早于成文日期 %4，仅作为信息保留，未设为节点。</translation>
    </message>
    <message>
        <source>No task was recognised in %1 lines of text: no numbered item or table row names responsible units (责任单位, 牵头单位 or …负责).</source>
        <translation>%1 行文本中未识别到任务：没有任何编号条目或表格行列明责任单位（责任单位、牵头单位或“……负责”）。</translation>
    </message>
    <message>
        <source>The document names %1 different units; too many to check for close names.</source>
        <translation>文件共列出 %1 个不同单位，数量过多，未检查相近名称。</translation>
    </message>
    <message>
        <source>Task %1 names %2 and task %3 names %4: the names are close but different, so they were kept as two units. Check whether they are the same unit.</source>
        <translation>任务 %1 写作 %2，任务 %3 写作 %4：名称相近但不同，已按两个单位保留，请核实是否为同一单位。</translation>
    </message>
    <message>
        <source>Damaged text: invalid UTF-8 bytes were replaced by � on this line; check it against the original document.</source>
        <translation>文本损坏：本行无效的 UTF-8 字节已被替换为 �；请对照原文件核对。</translation>
    </message>
    <message>
        <source>Damaged text: invalid GB18030 bytes were replaced by � on this line; check it against the original document.</source>
        <translation>文本损坏：本行无效的 GB18030 字节已被替换为 �；请对照原文件核对。</translation>
    </message>
    <message>
        <source>Damaged text: %1 more lines have invalid bytes replaced by �.</source>
        <translation>文本损坏：另有 %1 行的无效字节被替换为 �。</translation>
    </message>
    <message>
        <source>This text belongs to no task and was not imported: %1</source>
        <translation>这段文字不属于任何任务，未导入：%1</translation>
    </message>
</context>
<context>
    <name>duban::core::PlanRepository</name>
    <message>
        <source>The plan no longer exists.</source>
        <translation>该方案已不存在。</translation>
    </message>
</context>
<context>
    <name>duban::core::ProgressRepository</name>
    <message>
        <source>The progress report</source>
        <translation>该进展报告</translation>
    </message>
    <message>
        <source>The supervision record</source>
        <translation>该催办督办记录</translation>
    </message>
</context>
<context>
    <name>duban::core::ProgressService</name>
    <message>
        <source>A progress report needs a date.</source>
        <translation>进展须填写日期。</translation>
    </message>
    <message>
        <source>Percent done must be between 0 and 100.</source>
        <translation>完成进度须在 0 至 100 之间。</translation>
    </message>
    <message>
        <source>A reminder or notice needs a date.</source>
        <translation>催办或督办须填写日期。</translation>
    </message>
    <message>
        <source>The response cannot be due before the notice is sent.</source>
        <translation>回复期限不能早于发出日期。</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>%1 is neither a lead nor a co-unit of task %2, which has no units.</source>
        <translation>%1 不是任务 %2 的牵头单位或责任单位，该任务没有责任单位。</translation>
    </message>
    <message>
        <source>%1 is neither a lead nor a co-unit of task %2; its units are %3.</source>
        <translation>%1 不是任务 %2 的牵头单位或责任单位；该任务的责任单位为 %3。</translation>
    </message>
    <message>
        <source>Task %1 was already completed on %2; reopen it first to give another date.</source>
        <translation>任务 %1 已于 %2 办结；如需改为其他日期，请先重新打开。</translation>
    </message>
    <message>
        <source>Task %1 is already completed.</source>
        <translation>任务 %1 已办结。</translation>
    </message>
    <message>
        <source>A completion needs a date.</source>
        <translation>办结须填写日期。</translation>
    </message>
    <message>
        <source>%1 is in the future: a task is completed today (%2) or earlier.</source>
        <translation>%1 晚于今天：办结日期须为今天（%2）或更早。</translation>
    </message>
    <message>
        <source>Task %1 is not completed; there is nothing to reopen.</source>
        <translation>任务 %1 尚未办结，无需重新打开。</translation>
    </message>
</context>
<context>
    <name>duban::core::ReportPackageService</name>
    <message>
        <source>The period is a month like 2023-06, not “%1”.</source>
        <extracomment>zh_CN: 报送期次应为年-月，如2023-06，而不是“%1”。</extracomment>
        <translation>报送期次应为年-月，如2023-06，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no unit called %1.</source>
        <extracomment>zh_CN: 没有名为%1的单位。</extracomment>
        <translation>没有名为%1的单位。</translation>
    </message>
    <message>
        <source>%1 is not a report package of Duban.</source>
        <extracomment>zh_CN: %1不是督办导出的报送表。</extracomment>
        <translation>%1不是督办导出的报送表。</translation>
    </message>
    <message>
        <source>%1 was sent from another database: it cannot be collected into this ledger.</source>
        <extracomment>zh_CN: %1是另一个数据库发出的报送表，不能收入本台账。</extracomment>
        <translation>%1是另一个数据库发出的报送表，不能收入本台账。</translation>
    </message>
    <message>
        <source>%1 is the package for %2, not %3.</source>
        <extracomment>zh_CN: %1是%2的报送表，不是%3的。</extracomment>
        <translation>%1是%2的报送表，不是%3的。</translation>
    </message>
    <message>
        <source>The unit of %1, “%2”, is not in the unit directory.</source>
        <extracomment>zh_CN: %1的单位“%2”不在单位名录中。</extracomment>
        <translation>%1的单位“%2”不在单位名录中。</translation>
    </message>
    <message>
        <source>%1: column %2 of the header should read “%3”: the columns were changed or moved.</source>
        <extracomment>zh_CN: %1的表头第%2列应为“%3”：列被改动或移动过。</extracomment>
        <translation>%1的表头第%2列应为“%3”：列被改动或移动过。</translation>
    </message>
    <message>
        <source>%1, row %2: this row was not in the package as sent (a row was added or copied).</source>
        <extracomment>zh_CN: %1第%2行：这一行不是报送表发出时的行（增加或复制了行）。</extracomment>
        <translation>%1第%2行：这一行不是报送表发出时的行（增加或复制了行）。</translation>
    </message>
    <message>
        <source>%1, row %2: the column “%3” is the office&apos;s and must not be changed (it read “%4”).</source>
        <extracomment>zh_CN: %1第%2行：“%3”列由督查室填写，不应改动（原为“%4”）。</extracomment>
        <translation>%1第%2行：“%3”列由督查室填写，不应改动（原为“%4”）。</translation>
    </message>
    <message>
        <source>%1, row %2: task %3 is not one %4 leads or co-handles.</source>
        <extracomment>zh_CN: %1第%2行：任务%3不是%4承担的任务。</extracomment>
        <translation>%1第%2行：任务%3不是%4承担的任务。</translation>
    </message>
    <message>
        <source>%1, row %2: 完成% must be a number from 0 to 100, not “%3”.</source>
        <extracomment>zh_CN: %1第%2行：完成%应为0至100的数字，而不是“%3”。</extracomment>
        <translation>%1第%2行：完成%应为0至100的数字，而不是“%3”。</translation>
    </message>
    <message>
        <source>%1, row %2: 申请办结 is “是” or “否”, not “%3”.</source>
        <extracomment>zh_CN: %1第%2行：申请办结应为“是”或“否”，而不是“%3”。</extracomment>
        <translation>%1第%2行：申请办结应为“是”或“否”，而不是“%3”。</translation>
    </message>
    <message>
        <source>%1, row %2: 申请延期至 must be a date, not “%3”.</source>
        <extracomment>zh_CN: %1第%2行：申请延期至应为日期，而不是“%3”。</extracomment>
        <translation>%1第%2行：申请延期至应为日期，而不是“%3”。</translation>
    </message>
    <message>
        <source>%1, row %2: the extension to %3 is not after the deadline, %4.</source>
        <extracomment>zh_CN: %1第%2行：申请延期至%3不晚于现完成时限%4。</extracomment>
        <translation>%1第%2行：申请延期至%3不晚于现完成时限%4。</translation>
    </message>
    <message>
        <source>%1: the row of task %2 (%3) was deleted.</source>
        <extracomment>zh_CN: %1：任务%2（%3）的行被删除了。</extracomment>
        <translation>%1：任务%2（%3）的行被删除了。</translation>
    </message>
    <message>
        <source>%1 has problems: nothing was collected.</source>
        <extracomment>zh_CN: %1有问题，未收入任何内容。</extracomment>
        <translation>%1有问题，未收入任何内容。</translation>
    </message>
</context>
<context>
    <name>duban::core::Schedule</name>
    <message>
        <source>Not started</source>
        <translation>尚未启动</translation>
    </message>
    <message>
        <source>Behind schedule</source>
        <translation>未达到序时进度</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>达到序时进度</translation>
    </message>
    <message>
        <source>Ahead of schedule</source>
        <translation>超过序时进度</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>duban::core::ScheduleService</name>
    <message>
        <source>The task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>A task that reports once (by its deadline) or never has no due day.</source>
        <translation>只报送一次（完成时限前）或无需报送的任务没有报送日。</translation>
    </message>
    <message>
        <source>A ten-day report is due 1 to %1 days after its ten days, not %2.</source>
        <translation>旬报应在每旬结束后1至%1天内报送，不能是%2天。</translation>
    </message>
    <message>
        <source>The due day must be a day of the month from 1 to %1, not %2.</source>
        <translation>报送日须为每月1日至%1日，不能是%2日。</translation>
    </message>
    <message>
        <source>Unknown reporting schedule “%1”: use monthly, ten-days, quarterly, half-yearly, once, none or default, with :DAY for the due day (monthly:10).</source>
        <translation>未知的报送周期“%1”：请用 monthly、ten-days、quarterly、half-yearly、once、none 或 default，可加 :日 指定报送日（如 monthly:10）。</translation>
    </message>
    <message>
        <source>The due day of “%1” is not a whole number from 1 to %2.</source>
        <translation>“%1”的报送日不是1至%2之间的整数。</translation>
    </message>
</context>
<context>
    <name>duban::core::ScoreRules</name>
    <message>
        <source>Not acknowledged</source>
        <translation>未签收</translation>
    </message>
    <message>
        <source>Report missing</source>
        <translation>未报</translation>
    </message>
    <message>
        <source>Report late</source>
        <translation>迟报</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Completed on time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Completion returned</source>
        <translation>办结被退回</translation>
    </message>
</context>
<context>
    <name>duban::core::ScoreService</name>
    <message>
        <source>The base score must lie between -%1 and %1.</source>
        <translation>基础分须在 -%1 至 %1 之间。</translation>
    </message>
    <message>
        <source>The points for “%1” must lie between -%2 and %2.</source>
        <translation>“%1”的分值须在 -%2 至 %2 之间。</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>日期无效。</translation>
    </message>
</context>
<context>
    <name>duban::core::StatusRules</name>
    <message>
        <source>Q1</source>
        <translation>一季度</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>Q1-Q3</source>
        <translation>前三季度</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Completed late</source>
        <translation>逾期办结</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>early %1</source>
        <translation>%1上旬</translation>
    </message>
    <message>
        <source>mid %1</source>
        <translation>%1中旬</translation>
    </message>
    <message>
        <source>late %1</source>
        <translation>%1下旬</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s) (deadline %1)</source>
        <translation>
            <numerusform>逾期%n天（完成时限%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Milestone of %1 overdue by %n day(s)</source>
        <translation>
            <numerusform>%1节点逾期%n天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 milestone (%2) overdue by %n day(s)</source>
        <translation>
            <numerusform>%1节点（%2）逾期%n天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Supervision notice unanswered %n day(s) past its reply date (%1)</source>
        <translation>
            <numerusform>督办超过回复期限（%1）%n天未回复</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started; %1% of the time has elapsed</source>
        <translation>尚未启动，序时进度%1%</translation>
    </message>
    <message>
        <source>%1% done, below the %2% of time elapsed</source>
        <translation>已完成%1%，低于序时进度%2%</translation>
    </message>
    <message>
        <source>No report for %1 (due by %2)</source>
        <translation>%1进展未报（应于%2前报送）</translation>
    </message>
    <message numerus="yes">
        <source>Report for %1 came %n day(s) late (due by %2)</source>
        <translation>
            <numerusform>%1进展迟报%n天（应于%2前报送）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Completed %n day(s) late</source>
        <translation>
            <numerusform>逾期%n天办结</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replied %n day(s) late</source>
        <translation>
            <numerusform>逾期%n天回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>逾期%n天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 milestone overdue %n day(s)</source>
        <translation>
            <numerusform>%1节点逾期%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice unanswered</source>
        <translation>督办未回复</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未启动</translation>
    </message>
    <message>
        <source>Behind schedule</source>
        <translation>未达序时进度</translation>
    </message>
    <message>
        <source>Report missing</source>
        <translation>未报</translation>
    </message>
    <message>
        <source>Report late</source>
        <translation>迟报</translation>
    </message>
    <message numerus="yes">
        <source>Not acknowledged, more than %n working day(s) after assignment</source>
        <translation>
            <numerusform>未签收，已超过%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion request returned</source>
        <translation>办结申请被退回</translation>
    </message>
    <message>
        <source>Completion request returned: %1</source>
        <translation>办结申请被退回：%1</translation>
    </message>
    <message>
        <source>Extension to %1 requested, awaiting decision</source>
        <translation>已申请延期至%1，待审批</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>未签收</translation>
    </message>
    <message>
        <source>Completion returned</source>
        <translation>办结被退回</translation>
    </message>
    <message>
        <source>Extension pending</source>
        <translation>延期待审</translation>
    </message>
    <message>
        <source>%1 Q1</source>
        <translation>%1年一季度</translation>
    </message>
    <message>
        <source>%1 Q2</source>
        <translation>%1年二季度</translation>
    </message>
    <message>
        <source>%1 Q3</source>
        <translation>%1年三季度</translation>
    </message>
    <message>
        <source>%1 Q4</source>
        <translation>%1年四季度</translation>
    </message>
    <message>
        <source>%1 H1 (half-year)</source>
        <translation>%1年上半年</translation>
    </message>
    <message>
        <source>%1 H2 (half-year)</source>
        <translation>%1年下半年</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
</context>
<context>
    <name>duban::core::Storage</name>
    <message>
        <source>The database is locked by another program (another Duban window or a backup tool); nothing was changed. Try again in a moment. (%1)</source>
        <translation>数据库正被其他程序（另一个督办窗口或备份工具）锁定，本次未做任何修改。请稍后重试。（%1）</translation>
    </message>
    <message>
        <source>%1 was changed by another user or program since it was shown here; nothing was saved.</source>
        <translation>%1 在此处显示之后已被其他用户或程序修改；未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 was deleted by another user or program; nothing was saved.</source>
        <translation>%1 已被其他用户或程序删除；未保存任何内容。</translation>
    </message>
    <message>
        <source>The disk is full or the file could not be written; nothing was changed. Free some space and try again. (%1)</source>
        <translation>磁盘已满或文件无法写入；未作任何改动。请腾出空间后重试。（%1）</translation>
    </message>
</context>
<context>
    <name>duban::core::TargetRules</name>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>符合预期</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>低于预期</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
</context>
<context>
    <name>duban::core::TaskChanges</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>板块</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>办结情况</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>报送周期</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>completed on %1</source>
        <translation>已于 %1 办结</translation>
    </message>
    <message>
        <source>open</source>
        <translation>推进中</translation>
    </message>
    <message>
        <source>as the plan</source>
        <translation>同方案</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>every ten days</source>
        <translation>每旬</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>half-yearly</source>
        <translation>每半年</translation>
    </message>
    <message>
        <source>once, by the deadline</source>
        <translation>一次（完成时限前）</translation>
    </message>
    <message>
        <source>no reports</source>
        <translation>无需报送</translation>
    </message>
    <message>
        <source>%1, due %2 day(s) after</source>
        <translation>%1，期满后%2天内报送</translation>
    </message>
    <message>
        <source>%1, due by day %2</source>
        <translation>%1，%2日前报送</translation>
    </message>
</context>
<context>
    <name>duban::core::TaskRepository</name>
    <message>
        <source>A task must belong to a plan.</source>
        <translation>任务必须属于一个方案。</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>The task “%1”</source>
        <translation>任务“%1”</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>任务 %1</translation>
    </message>
</context>
<context>
    <name>duban::core::TextDecoder</name>
    <message>
        <source>The file contains only white space; there is no text to import.</source>
        <translation>文件只有空白字符，没有可导入的文字。</translation>
    </message>
    <message>
        <source>This is a PDF file, not text. Extract its text first (for example with pdftotext) and import the .txt file.</source>
        <translation>这是 PDF 文件，不是文本。请先提取文字（例如用 pdftotext），再导入 .txt 文件。</translation>
    </message>
    <message>
        <source>This is a ZIP archive (perhaps a .docx or .xlsx document), not text. Save it as plain text and import that.</source>
        <translation>这是 ZIP 压缩文件（可能是 .docx 或 .xlsx 文档），不是文本。请另存为纯文本后再导入。</translation>
    </message>
    <message>
        <source>The file contains NUL bytes: it is a binary file, not a text document.</source>
        <translation>文件含有空字节：这是二进制文件，不是文本文件。</translation>
    </message>
    <message>
        <source>The file is binary: %1 of its %2 bytes are control characters.</source>
        <translation>这是二进制文件：%2 个字节中有 %1 个控制字符。</translation>
    </message>
    <message>
        <source>The file is %1 MB; documents larger than %2 MB are not imported.</source>
        <translation>文件大小为 %1 MB；超过 %2 MB 的文件不予导入。</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>文件为空（0 字节）。</translation>
    </message>
    <message>
        <source>The file starts with a UTF-16 byte order mark but is not valid UTF-16.</source>
        <translation>文件以 UTF-16 字节顺序标记开头，但不是有效的 UTF-16 文本。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 and this system cannot decode GB18030.</source>
        <translation>文件不是 UTF-8 编码，且本系统无法解码 GB18030。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030/GBK text (%1 undecodable characters); save it as UTF-8 and try again.</source>
        <translation>文件既不是 UTF-8 也不是 GB18030/GBK 文本（%1 个字符无法解码）；请另存为 UTF-8 后重试。</translation>
    </message>
</context>
<context>
    <name>duban::core::UnitRepository</name>
    <message>
        <source>A unit needs a name.</source>
        <translation>单位名称不能为空。</translation>
    </message>
    <message>
        <source>There is already a unit called &quot;%1&quot; (or with that alias).</source>
        <translation>已有名为“%1”的单位（或别名）。</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names the unit &quot;%2&quot;.</source>
        <translation>“%1”已是单位“%2”的名称或别名。</translation>
    </message>
    <message>
        <source>A unit cannot be merged into itself.</source>
        <translation>单位不能合并到其自身。</translation>
    </message>
    <message>
        <source>The unit “%1”</source>
        <translation>单位“%1”</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is still named by %n task(s) or target(s); merge it into another unit instead.</source>
        <translation>
            <numerusform>仍有 %n 个任务或目标引用“%1”；请改为将其合并到其他单位。</numerusform>
        </translation>
    </message>
    <message>
        <source>The unit “%1” was renamed by another user or program meanwhile; nothing was saved.</source>
        <translation>单位“%1”期间已被其他用户或程序改名；未保存任何内容。</translation>
    </message>
    <message>
        <source>Task %1 was changed by another user or program after the merge; the merge cannot be undone. Nothing was changed.</source>
        <translation>合并之后，任务 %1 已被其他用户或程序修改；无法撤销合并。未作任何改动。</translation>
    </message>
</context>
<context>
    <name>duban::core::XlsxReader</name>
    <message>
        <source>it is a binary Excel workbook (.xlsb); open it in Excel or WPS and save it as an Excel workbook (.xlsx)</source>
        <extracomment>zh_CN: 它是二进制 Excel 工作簿（.xlsb）；请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）</extracomment>
        <translation>它是二进制 Excel 工作簿（.xlsb）；请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>it is a zip archive but not an Excel workbook: it has no xl/workbook.xml (is it a Word, PowerPoint or other file renamed to .xlsx?)</source>
        <extracomment>zh_CN: 它是 zip 压缩包，但不是 Excel 工作簿：其中没有 xl/workbook.xml（是否为改了扩展名的 Word、PowerPoint 或其他文件？）</extracomment>
        <translation>它是 zip 压缩包，但不是 Excel 工作簿：其中没有 xl/workbook.xml（是否为改了扩展名的 Word、PowerPoint 或其他文件？）</translation>
    </message>
    <message>
        <source>its part %1 is not valid XML (line %2, column %3: %4)</source>
        <extracomment>%1 a part of the workbook (xl/worksheets/sheet1.xml), %2 and %3 line and column, %4 the XML error; zh_CN: 其中的 %1 不是有效的 XML（第 %2 行第 %3 列：%4）</extracomment>
        <translation>其中的 %1 不是有效的 XML（第 %2 行第 %3 列：%4）</translation>
    </message>
    <message>
        <source>its part %1 is missing</source>
        <extracomment>%1 a part of the workbook; zh_CN: 缺少其中的 %1</extracomment>
        <translation>缺少其中的 %1</translation>
    </message>
    <message>
        <source>its contents unpack to more than %1 MB, more than Duban reads (is it a zip bomb, or a workbook too large?)</source>
        <extracomment>%1 the limit in MB; zh_CN: 其内容解压后超过 %1 MB，超出督办能读取的大小（是压缩炸弹，还是工作簿过大？）</extracomment>
        <translation>其内容解压后超过 %1 MB，超出督办能读取的大小（是压缩炸弹，还是工作簿过大？）</translation>
    </message>
    <message>
        <source>the file is damaged: its part %1 does not unpack (its data or checksum is wrong)</source>
        <extracomment>%1 a part of the workbook; zh_CN: 文件已损坏：其中的 %1 无法解压（数据或校验和有误）</extracomment>
        <translation>文件已损坏：其中的 %1 无法解压（数据或校验和有误）</translation>
    </message>
    <message>
        <source>its contents are encrypted with a zip password; save the workbook again without a password</source>
        <extracomment>zh_CN: 其内容用 zip 密码加密了；请取消密码后重新保存工作簿</extracomment>
        <translation>其内容用 zip 密码加密了；请取消密码后重新保存工作簿</translation>
    </message>
    <message>
        <source>its part %1 has a cell %2 whose value “%3” is not valid</source>
        <extracomment>%1 a part of the workbook, %2 a cell (B3), %3 its value; zh_CN: 其中的 %1 的单元格 %2 的值“%3”无效</extracomment>
        <translation>其中的 %1 的单元格 %2 的值“%3”无效</translation>
    </message>
    <message>
        <source>its part %1 has a cell %2 that refers to shared string %3 of %4</source>
        <extracomment>%1 a part, %2 a cell, %3 an index, %4 a count; zh_CN: 其中的 %1 的单元格 %2 引用了第 %3 个共享字符串，但只有 %4 个</extracomment>
        <translation>其中的 %1 的单元格 %2 引用了第 %3 个共享字符串，但只有 %4 个</translation>
    </message>
    <message>
        <source>it has more than %1 cells with values, more than Duban reads; split the workbook or delete the sheets not needed</source>
        <extracomment>%1 the limit; zh_CN: 其中有值的单元格超过 %1 个，超出督办能读取的数量；请拆分工作簿或删除不需要的工作表</extracomment>
        <translation>其中有值的单元格超过 %1 个，超出督办能读取的数量；请拆分工作簿或删除不需要的工作表</translation>
    </message>
    <message>
        <source>its part %1 has an invalid cell reference “%2”</source>
        <extracomment>%1 a part of the workbook, %2 a cell or range reference; zh_CN: 其中的 %1 有无效的单元格引用“%2”</extracomment>
        <translation>其中的 %1 有无效的单元格引用“%2”</translation>
    </message>
    <message>
        <source>the sheet “%1” is listed in the workbook but its part (%2) is missing</source>
        <extracomment>%1 a sheet&apos;s name, %2 where its part should be; zh_CN: 工作表“%1”在工作簿中列出，但缺少其内容（%2）</extracomment>
        <translation>工作表“%1”在工作簿中列出，但缺少其内容（%2）</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <extracomment>zh_CN: 文件是空的（0 字节）</extracomment>
        <translation>文件是空的（0 字节）</translation>
    </message>
    <message>
        <source>it is an encrypted workbook (with a password to open) or an old Excel 97–2003 .xls file; open it in Excel or WPS, remove the password if it has one, and save it as an Excel workbook (.xlsx)</source>
        <extracomment>zh_CN: 它是设有打开密码的加密工作簿，或旧版 Excel 97–2003 的 .xls 文件；请在 Excel 或 WPS 中打开，如设有密码请先取消，再另存为 Excel 工作簿（.xlsx）</extracomment>
        <translation>它是设有打开密码的加密工作簿，或旧版 Excel 97–2003 的 .xls 文件；请在 Excel 或 WPS 中打开，如设有密码请先取消，再另存为 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (its end seems cut off, as by an interrupted download or copy); get a complete copy of the workbook</source>
        <extracomment>zh_CN: 文件已损坏或不完整（末尾似乎被截断，例如下载或复制中断）；请重新获取完整的工作簿</extracomment>
        <translation>文件已损坏或不完整（末尾似乎被截断，例如下载或复制中断）；请重新获取完整的工作簿</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (an .xlsx file is a zip archive, and this file is not one)</source>
        <extracomment>zh_CN: 它不是 Excel 工作簿（.xlsx 文件是 zip 压缩包，而此文件不是）</extracomment>
        <translation>它不是 Excel 工作簿（.xlsx 文件是 zip 压缩包，而此文件不是）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <extracomment>%1 the file, %2 why; zh_CN: 无法读取 %1：%2。</extracomment>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, more than Duban reads</source>
        <extracomment>%1 the limit in MB; zh_CN: 文件超过 %1 MB，超出督办能读取的大小</extracomment>
        <translation>文件超过 %1 MB，超出督办能读取的大小</translation>
    </message>
    <message>
        <source>Cannot read the workbook: %1.</source>
        <extracomment>%1 why; zh_CN: 无法读取工作簿：%1。</extracomment>
        <translation>无法读取工作簿：%1。</translation>
    </message>
</context>
<context>
    <name>duban::ui::BatchReminderDialog</name>
    <message numerus="yes">
        <source>Remind about %n task(s)</source>
        <translation>
            <numerusform>催办%n项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Each task&apos;s reminder goes to its lead unit.</source>
        <translation>每项任务的催办发给其牵头单位。</translation>
    </message>
    <message>
        <source>Reminder (催办)</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Supervision notice (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>&amp;Sent on</source>
        <translation>发出日期(&amp;S)</translation>
    </message>
    <message>
        <source>What the units are asked to do</source>
        <translation>要求单位做什么</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>内容(&amp;T)</translation>
    </message>
    <message>
        <source>Response &amp;due</source>
        <translation>回复时限(&amp;D)</translation>
    </message>
</context>
<context>
    <name>duban::ui::BriefingDialog</name>
    <message>
        <source>Briefing</source>
        <translation>督查通报</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>统计截止日期：</translation>
    </message>
    <message>
        <source>Issue No.:</source>
        <translation>期号：</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>包含内容</translation>
    </message>
    <message>
        <source>Overview (counts by light)</source>
        <translation>总体情况（红黄绿灯统计）</translation>
    </message>
    <message>
        <source>Progress by section</source>
        <translation>分板块推进情况</translation>
    </message>
    <message>
        <source>Good progress and lagging tasks</source>
        <translation>进展较好与进展滞后任务</translation>
    </message>
    <message>
        <source>Table by unit (attachment)</source>
        <translation>各单位推进情况表（附件）</translation>
    </message>
    <message>
        <source>Overdue tasks (attachment)</source>
        <translation>逾期任务清单（附件）</translation>
    </message>
    <message>
        <source>Reminders and notices of the period</source>
        <translation>本期催办督办情况</translation>
    </message>
    <message>
        <source>Targets and trend charts</source>
        <translation>目标指标及趋势图</translation>
    </message>
    <message>
        <source>Next steps (remarks below)</source>
        <translation>下步工作（见下方意见）</translation>
    </message>
    <message>
        <source>The office&apos;s remarks: next steps, requests to units …</source>
        <translation>综合部意见：下步工作、对各单位的要求……</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>意见：</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共%n页</numerusform>
        </translation>
    </message>
    <message>
        <source>briefing-%1-%2.pdf</source>
        <extracomment>Default file name of an exported briefing; %1 the issue, %2 the as-of date</extracomment>
        <translation>督查通报-第%1期-%2.pdf</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>导出督查通报</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Issue %1 saved to %2.</source>
        <translation>第%1期已保存到 %2。</translation>
    </message>
    <message>
        <source>Print briefing</source>
        <translation>打印督查通报</translation>
    </message>
    <message>
        <source>The briefing could not be printed.</source>
        <translation>督查通报未能打印。</translation>
    </message>
    <message>
        <source>Font of the body text (仿宋 or a Song face). Fonts other than AR PL UMing and WenQuanYi Micro Hei may put other characters into the PDF&apos;s text layer.</source>
        <translation>正文字体（仿宋或宋体）。AR PL UMing 和文泉驿微米黑以外的字体可能使 PDF 文本层中的字符与显示不一致。</translation>
    </message>
    <message>
        <source>Body font:</source>
        <translation>正文字体：</translation>
    </message>
    <message>
        <source>Font of the title and headings (小标宋 or 黑体).</source>
        <translation>标题和各级标题字体（小标宋或黑体）。</translation>
    </message>
    <message>
        <source>Heading font:</source>
        <translation>标题字体：</translation>
    </message>
</context>
<context>
    <name>duban::ui::BriefingDocument</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of the briefing (QDate format string); zh_CN: yyyy年M月d日</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第%1期</translation>
    </message>
    <message>
        <source>I,II,III,IV,V,VI,VII,VIII,IX,X,XI,XII</source>
        <translation>一,二,三,四,五,六,七,八,九,十,十一,十二</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>First-level heading: numeral, text (zh_CN: %1、%2)</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <extracomment>Second-level heading: numeral, text (zh_CN: （%1）%2)</extracomment>
        <translation>（%1）%2</translation>
    </message>
    <message>
        <source> See Attachment %1.</source>
        <extracomment>Refers to an attachment at the end of a paragraph (zh_CN: 详见附件%1。)</extracomment>
        <translation>详见附件%1。</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <extracomment>zh_CN: （截至%1）</extracomment>
        <translation>（截至%1）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <source>There is nothing to report: the ledger has no tasks as of %1.</source>
        <translation>截至%1，台账中尚无任务，本期无可通报事项。</translation>
    </message>
    <message>
        <source>As of %1, the plan “%2” (%3) sets %4 key tasks.</source>
        <extracomment>zh_CN: 截至%1，《%2》（%3）共确定重点任务%4项。</extracomment>
        <translation>截至%1，《%2》（%3）共确定重点任务%4项。</translation>
    </message>
    <message>
        <source>As of %1, the plan “%2” sets %3 key tasks.</source>
        <extracomment>zh_CN: 截至%1，《%2》共确定重点任务%3项。</extracomment>
        <translation>截至%1，《%2》共确定重点任务%3项。</translation>
    </message>
    <message>
        <source>As of %1, the ledger holds %2 key tasks.</source>
        <extracomment>zh_CN: 截至%1，台账共有重点任务%2项。</extracomment>
        <translation>截至%1，台账共有重点任务%2项。</translation>
    </message>
    <message>
        <source> %1 have been completed (%2%), %3 of them on time; %4 are in progress.</source>
        <extracomment>zh_CN: 已办结%1项，占%2%，其中按时办结%3项；正在推进%4项。</extracomment>
        <translation>已办结%1项，占%2%，其中按时办结%3项；正在推进%4项。</translation>
    </message>
    <message>
        <source> Green: %1 (%2%); yellow: %3 (%4%); red: %5 (%6%).</source>
        <extracomment>zh_CN: 绿灯%1项，占%2%；黄灯%3项，占%4%；红灯%5项，占%6%。</extracomment>
        <translation>绿灯%1项，占%2%；黄灯%3项，占%4%；红灯%5项，占%6%。</translation>
    </message>
    <message>
        <source> %1 of the tasks in progress have reported progress; %2 reminders or notices await a reply.</source>
        <extracomment>zh_CN: 在推进任务中已报送进展%1项；尚待回复的催办、督办%2件。</extracomment>
        <translation>在推进任务中已报送进展%1项；尚待回复的催办、督办%2件。</translation>
    </message>
    <message>
        <source>Progress by section</source>
        <translation>分板块推进情况</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>（未分板块）</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>板块</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <source>%1 (%2% done, schedule %3%)</source>
        <extracomment>judgement (percent done, share of time elapsed); zh_CN: %1（完成%2%，序时进度%3%）</extracomment>
        <translation>%1（完成%2%，序时进度%3%）</translation>
    </message>
    <message>
        <source>%1. Task %2 “%3” (lead unit: %4): %5.</source>
        <extracomment>zh_CN: %1. 任务%2“%3”（牵头单位：%4）：%5。</extracomment>
        <translation>%1. 任务%2“%3”（牵头单位：%4）：%5。</translation>
    </message>
    <message>
        <source>Good progress</source>
        <translation>进展较好</translation>
    </message>
    <message>
        <source>No task has been completed or is ahead of schedule yet.</source>
        <translation>暂无已办结或超过序时进度的任务。</translation>
    </message>
    <message>
        <source>%1 tasks have been completed or are ahead of schedule:</source>
        <extracomment>zh_CN: 已办结或超过序时进度的任务共%1项：</extracomment>
        <translation>已办结或超过序时进度的任务%1项：</translation>
    </message>
    <message>
        <source>(%1 more not listed.)</source>
        <extracomment>zh_CN: （另有%1项，从略。）</extracomment>
        <translation>（另有%1项，从略。）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Lagging behind (below the time-elapsed schedule)</source>
        <translation>进展滞后（未达序时进度）</translation>
    </message>
    <message>
        <source>No task is overdue or behind schedule.</source>
        <translation>无逾期或未达序时进度的任务。</translation>
    </message>
    <message>
        <source>%1 tasks are red (overdue or a milestone missed) and %2 more are behind the time-elapsed schedule.</source>
        <extracomment>zh_CN: 红灯任务%1项（逾期或节点未完成），未达序时进度的任务%2项。</extracomment>
        <translation>红灯任务%1项（逾期或节点未完成），另有%2项任务未达序时进度。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>unit name and its count of red tasks; zh_CN: %1（%2项）</extracomment>
        <translation>%1（%2项）</translation>
    </message>
    <message>
        <source>Units with red tasks: %1.</source>
        <extracomment>zh_CN: 有红灯任务的单位：%1。</extracomment>
        <translation>有红灯任务的单位：%1。</translation>
    </message>
    <message>
        <source>Targets behind or not met: %1.</source>
        <extracomment>zh_CN: 未达进度或未完成的目标指标：%1。</extracomment>
        <translation>未达进度或未完成的目标指标：%1。</translation>
    </message>
    <message>
        <source>No problems to report for this period.</source>
        <translation>本期无需通报的问题。</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下步工作</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>附件%1</translation>
    </message>
    <message>
        <source>Progress by unit</source>
        <translation>各单位任务推进情况</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Tasks led</source>
        <translation>牵头任务</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Open notices</source>
        <translation>未回复催办督办</translation>
    </message>
    <message>
        <source>Overdue and lagging tasks</source>
        <translation>逾期及进展滞后任务清单</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Tasks behind the time-elapsed schedule:</source>
        <translation>未达序时进度的任务：</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成进度</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>研判</translation>
    </message>
    <message>
        <source>Reminders and supervision notices of the period</source>
        <translation>本期催办督办情况</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>逾期回复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Reply overdue</source>
        <translation>超期未回复</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>待回复</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>主要目标指标完成情况</translation>
    </message>
    <message>
        <source>%1 (stretch %2)</source>
        <extracomment>target with its stretch value; zh_CN: %1（力争%2）</extracomment>
        <translation>%1（力争%2）</translation>
    </message>
    <message>
        <source>%1 (task %2)</source>
        <translation>%1（任务%2）</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>数据期</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source> Against the time-elapsed schedule: %1 ahead, %2 on schedule, %3 behind, %4 not started.</source>
        <extracomment>zh_CN: 对照序时进度，超过序时进度%1项，达到序时进度%2项，未达到序时进度%3项，尚未启动%4项。</extracomment>
        <translation>对照序时进度，超过序时进度%1项，达到序时进度%2项，未达到序时进度%3项，尚未启动%4项。</translation>
    </message>
    <message>
        <source> Reports due for the latest period: %1; on time %2, late %3, missing %4.</source>
        <extracomment>zh_CN: 应报送进展%1项，按时报送%2项，迟报%3项，未报%4项。</extracomment>
        <translation>最近一个报送期应报送进展%1项，按时报送%2项，迟报%3项，未报%4项。</translation>
    </message>
    <message>
        <source>Units with tasks completed on time and none overdue or behind schedule: %1.</source>
        <extracomment>zh_CN: 按时办结较多、无逾期和滞后任务的单位：%1。</extracomment>
        <translation>按时办结较多、无逾期和滞后任务的单位：%1。</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <extracomment>zh_CN: %1至%2</extracomment>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>%1 the office sent %2 reminders and %3 supervision notices; %4 have been answered, %5 are past their reply date.</source>
        <extracomment>zh_CN: %1，共发出催办%2件、督办%3件，已回复%4件，超期未回复%5件。</extracomment>
        <translation>%1，共发出催办%2件、督办%3件，已回复%4件，超期未回复%5件。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>reports of the latest period: missing / late; zh_CN: %1 / %2</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Behind schedule</source>
        <translation>未达序时进度</translation>
    </message>
    <message>
        <source>Reports missing / late</source>
        <translation>未报 / 迟报</translation>
    </message>
    <message>
        <source>Ranked by red tasks (fewest first), then tasks behind schedule, then tasks completed on time, then tasks completed. Reports are those owed by lead units for the latest period past its due day.</source>
        <translation>按红灯任务数（少者在前）、未达序时进度任务数、按时办结任务数、办结任务数排序。报送情况为牵头单位最近一个已过报送截止日的报送期应报进展。</translation>
    </message>
    <message>
        <source>What is overdue</source>
        <translation>逾期事项</translation>
    </message>
</context>
<context>
    <name>duban::ui::BriefingPdfWriter</name>
    <message>
        <source>Briefing</source>
        <translation>督查通报</translation>
    </message>
    <message>
        <source>Cannot write %1: the pages could not be drawn.</source>
        <translation>无法写入 %1：无法绘制页面。</translation>
    </message>
</context>
<context>
    <name>duban::ui::CalendarDialog</name>
    <message>
        <source>Working day (班)</source>
        <translation>上班（班）</translation>
    </message>
    <message>
        <source>Day off (休)</source>
        <translation>休息（休）</translation>
    </message>
    <message>
        <source>Duban ships no holidays: every year counts Monday to Friday unless you enter its days here.</source>
        <translation>督办未内置节假日：除非在此录入，每年均按周一至周五计算工作日。</translation>
    </message>
    <message>
        <source>Duban ships China&apos;s statutory holidays and 调休 working days for %1–%2; other years count Monday to Friday only. Add the office&apos;s own days here: a new year from the State Council&apos;s notice, or a local day off. An entry replaces the shipped day of its date; the entries are saved in the database.</source>
        <translation>督办内置 %1–%2 年的法定节假日和调休上班日；其他年份只按周一至周五计算。请在此添加本单位的日期：国务院通知公布的新一年安排，或本地放假日。录入的日期取代内置的同日安排；这些条目保存在数据库中。</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name (国庆节)</source>
        <translation>名称（国庆节）</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Paste lines</source>
        <translation>粘贴多行</translation>
    </message>
    <message>
        <source>One day a line, as in the State Council&apos;s notice:
2027-10-01 holiday 国庆节
2027-10-09 workday 国庆节
(休 and 班 work too)</source>
        <translation>每行一天，按国务院通知录入：
2027-10-01 holiday 国庆节
2027-10-09 workday 国庆节
（也可写 休 和 班）</translation>
    </message>
    <message>
        <source>Add &amp;lines</source>
        <translation>添加这些行(&amp;L)</translation>
    </message>
</context>
<context>
    <name>duban::ui::ChartDataBuilder</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2年</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1（%2）— %3年</translation>
    </message>
    <message>
        <source>Indicators compared — %1</source>
        <translation>指标对比 — %1年</translation>
    </message>
</context>
<context>
    <name>duban::ui::CollectPackagesDialog</name>
    <message>
        <source>Collect returned packages</source>
        <extracomment>zh_CN: 收取报送表</extracomment>
        <translation>收取报送表</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <extracomment>zh_CN: 添加文件(&amp;F)…</extracomment>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Add fol&amp;der…</source>
        <extracomment>zh_CN: 添加文件夹(&amp;D)…</extracomment>
        <translation>添加文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>File / task</source>
        <extracomment>zh_CN: 文件 / 任务, 单位, 报送, 办结申请, 延期申请</extracomment>
        <translation>文件 / 任务</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>办结申请</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <source>&amp;Collect</source>
        <extracomment>zh_CN: 收入台账(&amp;C)</extracomment>
        <translation>收入台账(&amp;C)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>asked</source>
        <extracomment>zh_CN: 申请</extracomment>
        <translation>申请</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): cannot be collected</source>
        <extracomment>zh_CN: %n个问题，不能收入</extracomment>
        <translation>
            <numerusform>%n个问题，不能收入</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the packages the units sent back (several files at once, or a folder).</source>
        <extracomment>zh_CN: 请添加单位发回的报送表（可一次选多个文件，或一个文件夹）。</extracomment>
        <translation>请添加单位发回的报送表（可一次选多个文件，或一个文件夹）。</translation>
    </message>
    <message>
        <source>%1 file(s) ticked: %2 report(s), %3 request(s); %4 file(s) with problems cannot be collected.</source>
        <extracomment>zh_CN: 已勾选%1个文件：报送%2条、申请%3项；%4个文件有问题，不能收入。</extracomment>
        <translation>已勾选%1个文件：报送%2条、申请%3项；%4个文件有问题，不能收入。</translation>
    </message>
    <message numerus="yes">
        <source>Collect %n package(s)</source>
        <extracomment>the undo step; zh_CN: 收取%n个报送表</extracomment>
        <translation>
            <numerusform>收取%n个报送表</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duban::ui::DashboardView</name>
    <message>
        <source>Show these tasks in the ledger</source>
        <translation>在台账中显示这些任务</translation>
    </message>
    <message>
        <source>As of %1: %2 tasks</source>
        <translation>截至%1：共%2项任务</translation>
    </message>
    <message>
        <source>Completed on time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Completed late</source>
        <translation>逾期办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Tasks led by unit</source>
        <translation>各单位牵头任务</translation>
    </message>
    <message>
        <source>Lights</source>
        <translation>红黄绿灯</translation>
    </message>
    <message>
        <source>Against the schedule: %1 ahead, %2 on schedule, %3 behind, %4 not started, %5 completed. Reports due for the latest period: %6; on time %7, late %8, missing %9.</source>
        <extracomment>zh_CN: 序时进度：超过%1项，达到%2项，未达到%3项，尚未启动%4项，已完成%5项。最近一个报送期应报%6项：按时%7项，迟报%8项，未报%9项。</extracomment>
        <translation>序时进度：超过%1项，达到%2项，未达到%3项，尚未启动%4项，已完成%5项。最近一个报送期应报%6项：按时%7项，迟报%8项，未报%9项。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>考核</translation>
    </message>
</context>
<context>
    <name>duban::ui::DuePanel</name>
    <message>
        <source>Working days ahead:</source>
        <extracomment>the spin box&apos;s label: how many working days ahead the list looks; zh_CN: 提前工作日：</extracomment>
        <translation>提前工作日：</translation>
    </message>
    <message>
        <source>Unit / date</source>
        <extracomment>column headers of the due-soon panel; zh_CN: 单位/日期, 类别, 任务, 到期事项</extracomment>
        <translation>单位/日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>到期事项</translation>
    </message>
    <message>
        <source>Remind the unit of all its items</source>
        <extracomment>zh_CN: 催办该单位全部事项</extracomment>
        <translation>催办该单位全部事项</translation>
    </message>
    <message>
        <source>Record one reminder (催办) for each listed task of the selected unit, in one step that can be undone</source>
        <translation>为所选单位的每项所列任务登记一次催办，一步完成，可撤销</translation>
    </message>
    <message>
        <source>The items coming due could not be read: %1</source>
        <extracomment>zh_CN: 无法读取临近到期事项：%1</extracomment>
        <translation>无法读取临近到期事项：%1</translation>
    </message>
    <message numerus="yes">
        <source>Due from %1 to %2 (within %n working day(s)): %3 item(s).</source>
        <extracomment>zh_CN: %1至%2（%n个工作日内）到期事项%3项。</extracomment>
        <translation>
            <numerusform>%1至%2（%n个工作日内）到期事项%3项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <extracomment>a unit&apos;s row: its name and how many items it has; zh_CN: %1（%n项）</extracomment>
        <translation>
            <numerusform>%1（%n项）</numerusform>
        </translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>Select a unit first.</source>
        <translation>请先选择一个单位。</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <extracomment>zh_CN: 未能催办：%1</extracomment>
        <translation>未能催办：%1</translation>
    </message>
    <message numerus="yes">
        <source>Reminded %1 of %n task(s) (can be undone).</source>
        <extracomment>zh_CN: 已向%1催办%n项任务（可撤销）。</extracomment>
        <translation>
            <numerusform>已向%1催办%n项任务（可撤销）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading what comes due…</source>
        <extracomment>zh_CN: 正在读取临近到期事项…</extracomment>
        <translation>正在读取临近到期事项…</translation>
    </message>
    <message>
        <source>The database could not be opened again.</source>
        <extracomment>zh_CN: 无法再次打开数据库</extracomment>
        <translation>无法再次打开数据库</translation>
    </message>
</context>
<context>
    <name>duban::ui::ExportLedgerDialog</name>
    <message>
        <source>Export ledger</source>
        <extracomment>zh_CN: 导出台账</extracomment>
        <translation>导出台账</translation>
    </message>
    <message numerus="yes">
        <source>The %n task(s) the ledger shows (its filters and order)</source>
        <extracomment>zh_CN: 台账当前显示的 %n 项任务（按筛选和排序）</extracomment>
        <translation>
            <numerusform>台账当前显示的 %n 项任务（按筛选和排序）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n task(s)</source>
        <extracomment>zh_CN: 全部 %n 项任务</extracomment>
        <translation>
            <numerusform>全部 %n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks:</source>
        <extracomment>zh_CN: 导出范围：</extracomment>
        <translation>导出范围：</translation>
    </message>
    <message>
        <source>ledger-%1.xlsx</source>
        <extracomment>the default file name; zh_CN: 任务台账-%1.xlsx</extracomment>
        <translation>任务台账-%1.xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <extracomment>zh_CN: 浏览…</extracomment>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <extracomment>zh_CN: 文件：</extracomment>
        <translation>文件：</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or CSV (.csv, UTF-8), by the file&apos;s extension. The lights are the cells&apos; colours; as of %1.</source>
        <extracomment>zh_CN: Excel 工作簿（.xlsx）或 CSV（.csv，UTF-8），按文件扩展名。灯号以单元格颜色表示，统计截止日期为%1。</extracomment>
        <translation>Excel 工作簿（.xlsx）或 CSV（.csv，UTF-8），按文件扩展名。灯号以单元格颜色表示，统计截止日期为%1。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>zh_CN: 导出(&amp;E)</extracomment>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <extracomment>zh_CN: Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</extracomment>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file name must end in .xlsx or .csv.</source>
        <extracomment>zh_CN: 文件名应以 .xlsx 或 .csv 结尾。</extracomment>
        <translation>文件名应以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <source>The ledger shows no task.</source>
        <extracomment>zh_CN: 台账当前没有显示任何任务。</extracomment>
        <translation>台账当前没有显示任何任务。</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <extracomment>zh_CN: %1已存在。要替换它吗？</extracomment>
        <translation>%1已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>duban::ui::ImportDialog</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>section</source>
        <translation>所属板块</translation>
    </message>
    <message>
        <source>lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>co-units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>milestones</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>导入方案</translation>
    </message>
    <message>
        <source>No document chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Choose document…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Plan year</source>
        <translation>方案年度</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Plan targets</source>
        <translation>方案目标</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>板块</translation>
    </message>
    <message>
        <source>Warnings — check these before importing (click one to go to its task):</source>
        <translation>提示——导入前请核对（点击可跳转到对应任务）：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a plan document</source>
        <translation>选择方案文件</translation>
    </message>
    <message>
        <source>Text documents (*.txt *.text *.md);;All files (*)</source>
        <translation>文本文件 (*.txt *.text *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>nothing was recognised</source>
        <translation>未识别到任何内容</translation>
    </message>
    <message>
        <source>%1 — %2, %3 tasks, %4 warnings</source>
        <translation>%1 — %2，%3 项任务，%4 条提示</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>任务（%1）</translation>
    </message>
    <message>
        <source>Plan targets (%1)</source>
        <translation>方案目标（%1）</translation>
    </message>
    <message>
        <source>Sections (%1)</source>
        <translation>板块（%1）</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>The document is the same as the saved plan; nothing would change.</source>
        <translation>文件与已保存的方案相同，不会有任何变化。</translation>
    </message>
    <message>
        <source>The title, issuer, date or plan year changes.</source>
        <translation>标题、发文单位、日期或方案年度有变化。</translation>
    </message>
    <message>
        <source>New tasks: %1</source>
        <translation>新增任务：%1</translation>
    </message>
    <message>
        <source>Tasks no longer in the document (removed unless they have progress or supervision records): %1</source>
        <translation>文件中已不存在的任务（无进展或督办记录的将被删除）：%1</translation>
    </message>
    <message>
        <source>Task %1 %2: %3</source>
        <translation>任务 %1 %2：%3</translation>
    </message>
    <message>
        <source>The plan-level targets change.</source>
        <translation>方案目标有变化。</translation>
    </message>
    <message>
        <source>Update the saved plan?</source>
        <translation>更新已保存的方案？</translation>
    </message>
    <message>
        <source>Update plan</source>
        <translation>更新方案</translation>
    </message>
    <message>
        <source>Import as a new plan</source>
        <translation>作为新方案导入</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何修改：%1</translation>
    </message>
    <message>
        <source>These tasks are no longer in the document but were kept because they have progress or supervision records: %1</source>
        <translation>以下任务已不在文件中，但因有进展或督办记录而保留：%1</translation>
    </message>
    <message>
        <source>reporting cycle</source>
        <translation>报送周期</translation>
    </message>
    <message>
        <source>%1 is already in this database. Update the saved plan instead of adding a second copy? Progress, completion and supervision records of matching tasks are kept. Undo puts the saved plan back as it was.</source>
        <translation>%1 已在此数据库中。更新已保存的方案，而不是再添加一份？对应任务的进展、办结和督办记录都会保留。撤销可将已保存的方案恢复原样。</translation>
    </message>
</context>
<context>
    <name>duban::ui::ImportTargetModel</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>力争值</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
</context>
<context>
    <name>duban::ui::ImportTaskModel</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>力争</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>板块</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Co-responsible units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>duban::ui::IndicatorCommands</name>
    <message>
        <source>Edit target %1</source>
        <translation>修改目标%1</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>录入%1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message numerus="yes">
        <source>Record %n observation(s)</source>
        <translation>
            <numerusform>录入 %n 条实绩</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n observation(s)</source>
        <translation>
            <numerusform>删除 %n 条实绩</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duban::ui::IndicatorsView</name>
    <message>
        <source>Bad rows</source>
        <translation>错误行</translation>
    </message>
    <message>
        <source>No unit called &quot;%1&quot; in the unit directory</source>
        <translation>单位名录中没有“%1”</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>将图表作为图片复制到剪贴板</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG</source>
        <translation>将图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Select several targets to compare them on one chart.</source>
        <translation>选择多个目标可在同一图表中对比。</translation>
    </message>
    <message>
        <source>2023-06 or 1-6月</source>
        <translation>2023-06 或 1-6月</translation>
    </message>
    <message>
        <source>A month is the year-to-date value (2023-06 = Jan–Jun); also 2023-Q2 or a date</source>
        <translation>月份为累计值（2023-06 即1-6月），也可填 2023-Q2 或日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Paste column…</source>
        <translation>粘贴一列…</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>实绩</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>统计截止：%1</translation>
    </message>
    <message>
        <source>Select a target to see its trend</source>
        <translation>选择目标以查看趋势</translation>
    </message>
    <message>
        <source>Observations of %1 (%2)</source>
        <translation>%1实绩（%2）</translation>
    </message>
    <message>
        <source>No indicator selected</source>
        <translation>未选择指标</translation>
    </message>
    <message>
        <source>Select a target first</source>
        <translation>请先选择目标</translation>
    </message>
    <message>
        <source>Cannot read the period &quot;%1&quot;: write 2023-06 (Jan–Jun), 2023-Q2 or 2023-06-15</source>
        <translation>无法识别期间“%1”：请填写 2023-06（1-6月）、2023-Q2 或 2023-06-15</translation>
    </message>
    <message>
        <source>Cannot read the value &quot;%1&quot;</source>
        <translation>无法识别数值“%1”</translation>
    </message>
    <message>
        <source>Recorded %1 for %2</source>
        <translation>已录入%2：%1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be used:</source>
        <translation>
            <numerusform>%n 行无法使用：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the %n good row(s) anyway?</source>
        <translation>
            <numerusform>仍录入其余 %n 行？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n observation(s)</source>
        <translation>
            <numerusform>已录入 %n 条实绩</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Import observations</source>
        <translation>导入实绩</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>图表已复制</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; is not a finite number; infinite and not-a-number values cannot be recorded</source>
        <translation>数值“%1”不是有限数值；无穷大和非数值不能录入</translation>
    </message>
    <message>
        <source>Nothing was recorded: no value could be read</source>
        <translation>未录入：没有可识别的数值</translation>
    </message>
    <message>
        <source>Import CSV or Excel…</source>
        <extracomment>zh_CN: 导入 CSV 或 Excel…</extracomment>
        <translation>导入 CSV 或 Excel…</translation>
    </message>
    <message>
        <source>CSV or Excel tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <extracomment>zh_CN: CSV 或 Excel 表格 (*.csv *.txt *.xlsx);;所有文件 (*)</extracomment>
        <translation>CSV 或 Excel 表格 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 holds no statistics table: no row or column of periods (like 1-3月).</source>
        <extracomment>zh_CN: %1中找不到统计表：没有一行或一列是时期（如1-3月）。</extracomment>
        <translation>%1中找不到统计表：没有一行或一列是时期（如1-3月）。</translation>
    </message>
</context>
<context>
    <name>duban::ui::LedgerBatchActions</name>
    <message>
        <source>&amp;Remind (催办) about the selected tasks…</source>
        <translation>催办所选任务(&amp;R)…</translation>
    </message>
    <message>
        <source>One reminder or notice per selected task, to its lead unit, in one step</source>
        <translation>为每项所选任务向其牵头单位发一次催办或督办，一步完成</translation>
    </message>
    <message>
        <source>Change the &amp;lead unit of the selected tasks…</source>
        <translation>更改所选任务的牵头单位(&amp;L)…</translation>
    </message>
    <message>
        <source>Change the &amp;deadline of the selected tasks…</source>
        <translation>更改所选任务的完成时限(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Approve the completion requests of the selected tasks…</source>
        <translation>审核通过所选任务的办结申请(&amp;A)…</translation>
    </message>
    <message>
        <source>Approve (销号) every completion request waiting among the selected tasks</source>
        <translation>对所选任务中所有待审的办结申请予以销号</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未作任何更改：%1</translation>
    </message>
    <message>
        <source>Supervision notice (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Reminder (催办)</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>None of the selected tasks has a lead unit to remind.</source>
        <translation>所选任务都没有可催办的牵头单位。</translation>
    </message>
    <message numerus="yes">
        <source>Send a supervision notice (督办) about %n task(s), each to its lead unit?</source>
        <translation>
            <numerusform>就%n项任务向各自的牵头单位发出督办？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send a reminder (催办) about %n task(s), each to its lead unit?</source>
        <translation>
            <numerusform>就%n项任务向各自的牵头单位发出催办？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected task(s) without a lead unit are left out.</source>
        <translation>
            <numerusform>所选任务中有%n项没有牵头单位，已略过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded for %n task(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>已为%n项任务登记。可按Ctrl+Z撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the lead unit</source>
        <translation>更改牵头单位</translation>
    </message>
    <message>
        <source>New &amp;lead unit</source>
        <translation>新牵头单位(&amp;L)</translation>
    </message>
    <message>
        <source>“%1” is not in the unit directory. Add it there first (View ▸ Unit directory).</source>
        <translation>“%1”不在单位名录中。请先在名录中添加（视图 ▸ 单位名录）。</translation>
    </message>
    <message>
        <source>%1 already leads the selected tasks.</source>
        <translation>%1已是所选任务的牵头单位。</translation>
    </message>
    <message numerus="yes">
        <source>Change the lead unit of %n task(s)</source>
        <translation>
            <numerusform>更改%n项任务的牵头单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %1 the lead unit of %n task(s)?</source>
        <translation>
            <numerusform>将%1设为%n项任务的牵头单位？</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the deadline</source>
        <translation>更改完成时限</translation>
    </message>
    <message>
        <source>New &amp;deadline</source>
        <translation>新完成时限(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>Change the deadline of %n task(s)</source>
        <translation>
            <numerusform>更改%n项任务的完成时限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the deadline of %n task(s) to %1?</source>
        <translation>
            <numerusform>将%n项任务的完成时限改为%1？</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve completion requests</source>
        <translation>审核通过办结申请</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected task(s) has a completion request waiting for review.</source>
        <translation>
            <numerusform>所选%n项任务中没有待审核的办结申请。</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved &amp;on</source>
        <translation>审核日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n completion request(s)</source>
        <translation>
            <numerusform>审核通过%n项办结申请</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve the completion requests of %n task(s) and close them (销号) on %1?</source>
        <translation>
            <numerusform>审核通过%n项任务的办结申请，并于%1销号？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected task(s) have no completion request waiting and stay as they are.</source>
        <translation>
            <numerusform>所选任务中有%n项没有待审的办结申请，保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) closed (销号). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>已销号%n项任务。可按Ctrl+Z撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duban::ui::LedgerModel</name>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>板块</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Co-responsible units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>灯号</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>最近报送</translation>
    </message>
    <message>
        <source>%1% done, schedule %2%</source>
        <extracomment>percent done of the latest report, and 序时进度; zh_CN: 已完成%1%，序时进度%2%</extracomment>
        <translation>已完成%1%，序时进度%2%</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <source>Last reported: %1% done</source>
        <extracomment>zh_CN: 最近一次报送：完成%1%</extracomment>
        <translation>最近一次报送：完成%1%</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>办理阶段</translation>
    </message>
    <message>
        <source>Original deadline</source>
        <extracomment>the deadline before an approved extension; zh_CN: 原定时限</extracomment>
        <translation>原定时限</translation>
    </message>
</context>
<context>
    <name>duban::ui::LedgerView</name>
    <message>
        <source>Search title and text (Ctrl+F)</source>
        <translation>搜索标题和正文（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show the tasks of one unit</source>
        <translation>只显示某个单位的任务</translation>
    </message>
    <message>
        <source>as lead or co-unit</source>
        <translation>牵头或配合</translation>
    </message>
    <message>
        <source>as lead unit</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>as co-unit</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>Show the tasks of one section</source>
        <translation>只显示某个板块的任务</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部板块</translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation>%1 / %2 项任务</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <source>The task could not be added: %1</source>
        <translation>无法添加任务：%1</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>The task could not be deleted: %1</source>
        <translation>无法删除任务：%1</translation>
    </message>
    <message>
        <source>Task %1 deleted. Undo with Ctrl+Z.</source>
        <translation>已删除任务 %1。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>All lights</source>
        <translation>全部灯号</translation>
    </message>
    <message>
        <source>Show the tasks with one light</source>
        <translation>只显示某种灯号的任务</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Delete task %1 “%2”?</source>
        <translation>删除任务 %1“%2”？</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z until Duban closes.</source>
        <translation>关闭督办前可按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Its progress reports (%1) and reminders or notices (%2) go with it.</source>
        <translation>其进展报告（%1 条）和催办、督办记录（%2 条）将一并删除。</translation>
    </message>
    <message>
        <source>&amp;Detail pane</source>
        <translation>详情窗格(&amp;D)</translation>
    </message>
    <message>
        <source>Show or hide the detail pane (Ctrl+Shift+D)</source>
        <translation>显示或隐藏详情窗格（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Detail pane</source>
        <translation>详情窗格</translation>
    </message>
    <message>
        <source>Any schedule</source>
        <translation>全部序时进度</translation>
    </message>
    <message>
        <source>Show the tasks with one standing against the time-elapsed schedule</source>
        <translation>按序时进度筛选任务</translation>
    </message>
    <message>
        <source>Show every task again: no text, unit, section, light, schedule or status filter</source>
        <translation>显示全部任务：清除文字、单位、板块、灯色、序时进度和状态筛选</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <extracomment>zh_CN: 复制所选行(&amp;C)</extracomment>
        <translation>复制所选行(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected tasks as tab-separated text, to paste into Excel as rows</source>
        <extracomment>zh_CN: 把所选任务以制表符分隔的文本复制到剪贴板，可直接粘贴到 Excel</extracomment>
        <translation>把所选任务以制表符分隔的文本复制到剪贴板，可直接粘贴到 Excel</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s); paste them into Excel.</source>
        <extracomment>zh_CN: 已复制%n行，可粘贴到 Excel。</extracomment>
        <translation>
            <numerusform>已复制%n行，可粘贴到 Excel。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duban::ui::LedgerWorkbook</name>
    <message>
        <source>The workbook could not be created.</source>
        <extracomment>zh_CN: 无法创建工作簿。</extracomment>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>Ledger</source>
        <extracomment>the sheet&apos;s name in the exported workbook; zh_CN: 任务台账</extracomment>
        <translation>任务台账</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <extracomment>the printed page&apos;s footer (Excel codes: &amp;P page, &amp;N pages); zh_CN: 第 &amp;P 页，共 &amp;N 页</extracomment>
        <translation>第 &amp;P 页，共 &amp;N 页</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <extracomment>zh_CN: 工作簿未能写出：%1</extracomment>
        <translation>工作簿未能写出：%1</translation>
    </message>
</context>
<context>
    <name>duban::ui::LoopCommands</name>
    <message>
        <source>Sign-off (签收) by %1</source>
        <translation>%1签收</translation>
    </message>
    <message>
        <source>Completion request (办结申请) of %1</source>
        <translation>%1的办结申请</translation>
    </message>
    <message>
        <source>Extension request (延期申请) to %1</source>
        <translation>延期申请至%1</translation>
    </message>
    <message>
        <source>Approve completion (销号)</source>
        <translation>审核销号</translation>
    </message>
    <message>
        <source>Return completion request (退回)</source>
        <translation>退回办结申请</translation>
    </message>
    <message>
        <source>Approve extension (批准延期)</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Refuse extension (不予延期)</source>
        <translation>不予延期</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>删除附件%1</translation>
    </message>
</context>
<context>
    <name>duban::ui::LoopDecisionDialog</name>
    <message>
        <source>Review the completion request (审核)</source>
        <translation>审核办结申请</translation>
    </message>
    <message>
        <source>Decide on the extension request (延期审批)</source>
        <translation>延期审批</translation>
    </message>
    <message>
        <source>%1 asked on %2 to close the task.</source>
        <translation>%1于%2申请办结该任务。</translation>
    </message>
    <message>
        <source>%1 asked on %2 to move the deadline from %3 to %4.</source>
        <translation>%1于%2申请将完成时限由%3延至%4。</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>办结依据</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Approve: close (销号)</source>
        <translation>通过并销号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Approve the new deadline</source>
        <translation>批准新时限(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;turn (退回)</source>
        <translation>退回(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;fuse (不予延期)</source>
        <translation>不予延期(&amp;F)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <source>The reason, when it is returned</source>
        <translation>退回时填写理由</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>&amp;Reason or note</source>
        <translation>理由或备注(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>审核日期(&amp;O)</translation>
    </message>
</context>
<context>
    <name>duban::ui::LoopPanel</name>
    <message>
        <source>Sign-off…</source>
        <translation>签收…</translation>
    </message>
    <message>
        <source>Record that a unit acknowledged the task (签收)</source>
        <translation>登记单位已签收该任务</translation>
    </message>
    <message>
        <source>Completion request…</source>
        <translation>办结申请…</translation>
    </message>
    <message>
        <source>Record a unit&apos;s request to close the task, with its basis and evidence (办结申请)</source>
        <translation>登记单位的办结申请，附办结依据和佐证材料</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>审核…</translation>
    </message>
    <message>
        <source>Approve (销号) or return (退回) the completion request</source>
        <translation>对办结申请予以销号或退回</translation>
    </message>
    <message>
        <source>Extension request…</source>
        <translation>延期申请…</translation>
    </message>
    <message>
        <source>Record a unit&apos;s request for a later deadline (延期申请)</source>
        <translation>登记单位的延期申请</translation>
    </message>
    <message>
        <source>Decide extension…</source>
        <translation>延期审批…</translation>
    </message>
    <message>
        <source>Approve or refuse the extension request (延期审批)</source>
        <translation>批准或不予批准延期申请</translation>
    </message>
    <message>
        <source>Attachments (佐证材料)</source>
        <translation>附件（佐证材料）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the attachment with the program the system uses for it</source>
        <translation>用系统默认程序打开附件</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>保存附件副本</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the attachment (undo puts it back)</source>
        <translation>删除附件（撤销可恢复）</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>办理阶段：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>已签收：%1</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>未签收：%1</translation>
    </message>
    <message>
        <source>Completion request of %1 on %2: %3</source>
        <translation>%1于%2提出办结申请：%3</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>办结依据：%1</translation>
    </message>
    <message>
        <source>Extension request of %1 on %2 to %3: %4</source>
        <translation>%1于%2申请延期至%3：%4</translation>
    </message>
    <message>
        <source>completion request of %1</source>
        <translation>%1的办结申请</translation>
    </message>
    <message>
        <source>extension request of %1</source>
        <translation>%1的延期申请</translation>
    </message>
    <message>
        <source>a withdrawn request</source>
        <translation>已撤回的申请</translation>
    </message>
    <message>
        <source>progress report</source>
        <translation>进展报送</translation>
    </message>
    <message>
        <source>response to a reminder or notice</source>
        <translation>催办或督办的回复</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>添加于%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未能登记</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>%1 could not be written to a temporary file: %2</source>
        <translation>无法将%1写入临时文件：%2</translation>
    </message>
    <message>
        <source>No program is set up to open %1. Save it with “Save as…” instead.</source>
        <translation>系统没有可打开%1的程序。请用“另存为…”保存。</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存%1。</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未能删除</translation>
    </message>
    <message>
        <source>Attachment %1 removed. Undo with Ctrl+Z.</source>
        <translation>已删除附件%1。可按Ctrl+Z撤销。</translation>
    </message>
</context>
<context>
    <name>duban::ui::LoopRequestDialog</name>
    <message>
        <source>Completion request (办结申请)</source>
        <translation>办结申请</translation>
    </message>
    <message>
        <source>Extension request (延期申请)</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <source>Requesting &amp;unit</source>
        <translation>申请单位(&amp;U)</translation>
    </message>
    <message>
        <source>Requested &amp;on</source>
        <translation>申请日期(&amp;O)</translation>
    </message>
    <message>
        <source>Deadline now</source>
        <translation>现完成时限</translation>
    </message>
    <message>
        <source>&amp;New deadline</source>
        <translation>新完成时限(&amp;N)</translation>
    </message>
    <message>
        <source>What was done, and what shows it (办结依据)</source>
        <translation>完成了什么，以何为证（办结依据）</translation>
    </message>
    <message>
        <source>Why the deadline cannot be kept</source>
        <translation>无法按期完成的理由</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>办结依据(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>未能添加附件</translation>
    </message>
</context>
<context>
    <name>duban::ui::LoopText</name>
    <message>
        <source>Assigned (交办)</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Signed (签收)</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>进展报送</translation>
    </message>
    <message>
        <source>Report edited</source>
        <translation>修改报送</translation>
    </message>
    <message>
        <source>Report deleted</source>
        <translation>删除报送</translation>
    </message>
    <message>
        <source>Completion request (办结申请)</source>
        <translation>办结申请</translation>
    </message>
    <message>
        <source>Approved: closed (销号)</source>
        <translation>审核通过（销号）</translation>
    </message>
    <message>
        <source>Completion request returned (退回)</source>
        <translation>办结申请被退回</translation>
    </message>
    <message>
        <source>Closed by the office (销号)</source>
        <translation>办公室销号</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Extension request (延期申请)</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <source>Extension approved</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Extension refused</source>
        <translation>不予延期</translation>
    </message>
    <message>
        <source>Reminder (催办)</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Notice (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Supervision record deleted</source>
        <translation>删除督办记录</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Task deleted</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已交办</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Completion requested</source>
        <translation>办结待审</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>已撤回：%1</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Supervision record</source>
        <translation>督办记录</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>已完成%1%</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>办结依据</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Completed on %1</source>
        <translation>于%1办结</translation>
    </message>
    <message>
        <source>To %1 (deadline %2)</source>
        <translation>致%1（时限%2）</translation>
    </message>
    <message>
        <source>Asked for %1</source>
        <translation>申请延至%1</translation>
    </message>
    <message>
        <source>response due %1</source>
        <translation>回复时限%1</translation>
    </message>
    <message>
        <source>originally %1, extended to %2</source>
        <extracomment>zh_CN: 原定%1，批准延期至%2</extracomment>
        <translation>原定%1，批准延期至%2</translation>
    </message>
    <message>
        <source>waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>approved (closed)</source>
        <translation>已通过（销号）</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>duban::ui::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Task ledger</source>
        <translation>任务台账</translation>
    </message>
    <message>
        <source>Duban — %1</source>
        <translation>督办 — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation>新建任务(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete task</source>
        <translation>删除任务(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Unit directory…</source>
        <translation>单位名录(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Duban</source>
        <translation>关于督办(&amp;A)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Duban will use the new language the next time it starts.</source>
        <translation>督办将在下次启动时使用新的语言。</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The change could not be saved to the database:
%1</source>
        <translation>修改未能保存到数据库：
%1</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>打开或新建数据库</translation>
    </message>
    <message>
        <source>Duban databases (*.sqlite *.db);;All files (*)</source>
        <translation>督办数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About Duban</source>
        <translation>关于督办</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duban %1&lt;/h3&gt;&lt;p&gt;Decomposes policy documents into a ledger of assigned tasks and supervises them to completion.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;督办 %1&lt;/h3&gt;&lt;p&gt;将政策文件分解为任务台账，并督促各项任务落实到位。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import plan…</source>
        <translation>导入方案(&amp;I)…</translation>
    </message>
    <message>
        <source>Open the &amp;sample plan</source>
        <translation>打开示例方案(&amp;S)</translation>
    </message>
    <message>
        <source>Sample plan</source>
        <translation>示例方案</translation>
    </message>
    <message>
        <source>The sample plan is missing from this build.</source>
        <translation>此版本缺少示例方案。</translation>
    </message>
    <message>
        <source>Sample plan (湘新综发〔2023〕22号)</source>
        <translation>示例方案（湘新综发〔2023〕22号）</translation>
    </message>
    <message>
        <source>Imported %1 tasks.</source>
        <translation>已导入 %1 项任务。</translation>
    </message>
    <message>
        <source>Loading %p%</source>
        <translation>正在加载 %p%</translation>
    </message>
    <message>
        <source>Loading the ledger…</source>
        <translation>正在加载台账…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) loaded.</source>
        <translation>
            <numerusform>已加载 %n 项任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督查督办</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>目标指标</translation>
    </message>
    <message>
        <source>&amp;Briefing…</source>
        <translation>督查通报(&amp;B)…</translation>
    </message>
    <message>
        <source>Status light &amp;rules…</source>
        <translation>红黄绿灯规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Statistics date</source>
        <translation>统计截止日期</translation>
    </message>
    <message>
        <source> As of </source>
        <translation> 统计截止日期 </translation>
    </message>
    <message>
        <source>Statistics date: every light, count and briefing is computed as of this day</source>
        <translation>统计截止日期：所有灯号、统计数和督查通报均按此日期计算</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>%1

Duban closes this window; nothing was written to the file.</source>
        <translation>%1

督办将关闭此窗口；未向该文件写入任何内容。</translation>
    </message>
    <message>
        <source>Checking the database file; edits wait until the check has passed…</source>
        <translation>正在检查数据库文件；检查通过前暂不保存修改…</translation>
    </message>
    <message>
        <source>The database file was checked: it is sound.</source>
        <translation>数据库文件检查完毕：完好。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Selected tasks</source>
        <translation>所选任务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Steps are recorded as %1.</source>
        <translation>各步骤以“%1”的名义留痕。</translation>
    </message>
    <message>
        <source>Supervision &amp;notice…</source>
        <translation>督办通知单(&amp;N)…</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar…</source>
        <translation>工作日历(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export ledger…</source>
        <extracomment>zh_CN: 导出台账(&amp;E)…</extracomment>
        <translation>导出台账(&amp;E)…</translation>
    </message>
    <message>
        <source>Ledger exported: %1</source>
        <translation>台账已导出：%1</translation>
    </message>
    <message>
        <source>&amp;Print ledger…</source>
        <extracomment>zh_CN: 打印台账(&amp;P)…</extracomment>
        <translation>打印台账(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the &amp;supervision list…</source>
        <extracomment>zh_CN: 打印督查督办清单…</extracomment>
        <translation>打印督查督办清单…</translation>
    </message>
    <message>
        <source>There is no task to print.</source>
        <extracomment>zh_CN: 没有可打印的任务。</extracomment>
        <translation>没有可打印的任务。</translation>
    </message>
    <message>
        <source>Send report &amp;packages…</source>
        <extracomment>zh_CN: 发送报送表…</extracomment>
        <translation>发送报送表…</translation>
    </message>
    <message>
        <source>&amp;Collect returned packages…</source>
        <extracomment>zh_CN: 收取报送表…</extracomment>
        <translation>收取报送表…</translation>
    </message>
    <message>
        <source>The returned packages were collected (can be undone).</source>
        <translation>报送表已收入台账（可撤销）。</translation>
    </message>
</context>
<context>
    <name>duban::ui::NoticeCommands</name>
    <message>
        <source>Issue a supervision notice to %1</source>
        <translation>向%1签发督办通知单</translation>
    </message>
    <message>
        <source>Issue a reminder notice to %1</source>
        <extracomment>undo text; zh_CN: 向%1发出催办单</extracomment>
        <translation>向%1发出催办单</translation>
    </message>
</context>
<context>
    <name>duban::ui::NoticeDialog</name>
    <message>
        <source>Supervision notice / reminder notice</source>
        <extracomment>zh_CN: 督办通知单 / 催办单</extracomment>
        <translation>督办通知单 / 催办单</translation>
    </message>
    <message>
        <source>To unit:</source>
        <extracomment>zh_CN: 主送单位：</extracomment>
        <translation>主送单位：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <extracomment>zh_CN: 类别：</extracomment>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Date:</source>
        <extracomment>zh_CN: 日期：</extracomment>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <extracomment>zh_CN: 任务：</extracomment>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Response due:</source>
        <extracomment>zh_CN: 回复时限：</extracomment>
        <translation>回复时限：</translation>
    </message>
    <message>
        <source>Requirement:</source>
        <extracomment>zh_CN: 工作要求：</extracomment>
        <translation>工作要求：</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <extracomment>zh_CN: 编号并签发</extracomment>
        <translation>编号并签发(&amp;I)</translation>
    </message>
    <message>
        <source>Number the notice and record a reminder or notice for each checked task (can be undone)</source>
        <translation>为通知单编号，并为每项勾选的任务登记催办或督办（可撤销）</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <extracomment>zh_CN: 保存PDF…</extracomment>
        <translation>保存PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <extracomment>zh_CN: 打印预览…</extracomment>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source> (co-unit)</source>
        <extracomment>marks a task the unit co-handles (does not lead) in the notice&apos;s task list; zh_CN: （配合）</extracomment>
        <translation>（配合）</translation>
    </message>
    <message numerus="yes">
        <source>Issued %1 (%n task(s)).</source>
        <extracomment>zh_CN: 已签发%1（%n项任务）。</extracomment>
        <translation>
            <numerusform>已签发%1（%n项任务）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The notice was undone.</source>
        <extracomment>zh_CN: 该通知单已撤销。</extracomment>
        <translation>该通知单已撤销。</translation>
    </message>
    <message>
        <source>Check at least one task.</source>
        <extracomment>zh_CN: 请至少勾选一项任务。</extracomment>
        <translation>请至少勾选一项任务。</translation>
    </message>
    <message>
        <source>Issue the notice first.</source>
        <translation>请先签发通知单。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <extracomment>zh_CN: 已保存到%1。</extracomment>
        <translation>已保存到%1。</translation>
    </message>
    <message>
        <source>Save notice</source>
        <extracomment>zh_CN: 保存通知单</extracomment>
        <translation>保存通知单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <extracomment>zh_CN: PDF 文件 (*.pdf)</extracomment>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print notice</source>
        <extracomment>zh_CN: 打印通知单</extracomment>
        <translation>打印通知单</translation>
    </message>
    <message>
        <source>The notice could not be printed.</source>
        <translation>通知单未能打印。</translation>
    </message>
</context>
<context>
    <name>duban::ui::NoticeDocument</name>
    <message>
        <source>originally %1</source>
        <extracomment>under an extended deadline; zh_CN: 原定%1</extracomment>
        <translation>原定%1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>the addressee line (主送) of a notice; zh_CN: %1：</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>As of %1, the tasks below that your unit is responsible for are behind. They are hereby placed under supervision; please see that they are put right.</source>
        <translation>截至%1，你单位承担的下列任务进度滞后，现予督办，请抓紧整改落实。</translation>
    </message>
    <message>
        <source>As of %1, the tasks below that your unit is responsible for need to move faster. This is a reminder to speed them up.</source>
        <translation>截至%1，你单位承担的下列任务需加快推进，特此催办。</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>column headers of a notice&apos;s tasks; zh_CN: 序号, 编号, 任务名称, 完成时限, 当前状态</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Requirement: %1</source>
        <extracomment>the requirement (工作要求) of a notice, its first paragraph; zh_CN: 工作要求：%1</extracomment>
        <translation>工作要求：%1</translation>
    </message>
    <message>
        <source>Response due by %1.</source>
        <extracomment>zh_CN: 回复时限：%1前。</extracomment>
        <translation>回复时限：%1前。</translation>
    </message>
</context>
<context>
    <name>duban::ui::ObservationTableDialog</name>
    <message>
        <source>Import a statistics table — %1</source>
        <extracomment>zh_CN: 导入统计表 — %1</extracomment>
        <translation>导入统计表 — %1</translation>
    </message>
    <message>
        <source>Indicators in rows, periods in columns</source>
        <extracomment>zh_CN: 指标在各行，时期在各列</extracomment>
        <translation>指标在各行，时期在各列</translation>
    </message>
    <message>
        <source>Periods in rows, indicators in columns</source>
        <extracomment>zh_CN: 时期在各行，指标在各列</extracomment>
        <translation>时期在各行，指标在各列</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <extracomment>zh_CN: 工作表：</extracomment>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Layout:</source>
        <extracomment>zh_CN: 排列：</extracomment>
        <translation>排列：</translation>
    </message>
    <message>
        <source>Periods are in:</source>
        <extracomment>zh_CN: 时期所在：</extracomment>
        <translation>时期所在：</translation>
    </message>
    <message>
        <source>Indicator names are in:</source>
        <extracomment>zh_CN: 指标名称所在：</extracomment>
        <translation>指标名称所在：</translation>
    </message>
    <message>
        <source>Name in the table</source>
        <extracomment>the mapping table&apos;s columns; zh_CN: 表中名称</extracomment>
        <translation>表中名称</translation>
    </message>
    <message>
        <source>Values</source>
        <extracomment>zh_CN: 数值个数</extracomment>
        <translation>数值个数</translation>
    </message>
    <message>
        <source>Record as</source>
        <extracomment>zh_CN: 记入指标</extracomment>
        <translation>记入指标</translation>
    </message>
    <message>
        <source>Record</source>
        <extracomment>zh_CN: 记录</extracomment>
        <translation>记录</translation>
    </message>
    <message>
        <source>Which indicator each name of the table is (a name left unmapped is looked up by the indicators&apos; names):</source>
        <extracomment>zh_CN: 表中每个名称记入哪个指标（未对应的名称按指标名称查找）：</extracomment>
        <translation>表中每个名称记入哪个指标（未对应的名称按指标名称查找）：</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>a row of the sheet in a choice list; zh_CN: 第%1行：%2</extracomment>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <extracomment>a column of the sheet in a choice list; zh_CN: %1列：%2</extracomment>
        <translation>%1列：%2</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <extracomment>the table&apos;s name is mapped to no indicator; zh_CN: （未对应）</extracomment>
        <translation>（未对应）</translation>
    </message>
    <message>
        <source>Do not import</source>
        <extracomment>zh_CN: 不导入</extracomment>
        <translation>不导入</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <extracomment>zh_CN: %1第%2行：%3</extracomment>
        <translation>%1第%2行：%3</translation>
    </message>
    <message>
        <source>With this mapping there is no value to record.</source>
        <extracomment>zh_CN: 按这样的对应，没有可记录的数值。</extracomment>
        <translation>按这样的对应，没有可记录的数值。</translation>
    </message>
    <message>
        <source>%1 value(s) will be recorded: %2 indicator(s), %3 to %4.</source>
        <extracomment>zh_CN: 将记录 %1 个数值：%2 个指标，%3 至 %4。</extracomment>
        <translation>将记录 %1 个数值：%2 个指标，%3 至 %4。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cell(s) cannot be used and will not be recorded:</source>
        <extracomment>zh_CN: %1 个单元格不能用，不会记录：</extracomment>
        <translation>%1 个单元格不能用，不会记录：</translation>
    </message>
    <message>
        <source>%1 (%2 cells)</source>
        <translation>%1（%2 处）</translation>
    </message>
</context>
<context>
    <name>duban::ui::ObservationTableModel</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number; infinite and not-a-number values cannot be recorded</source>
        <translation>“%1”不是有限数值；无穷大和非数值不能录入</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>duban::ui::PasteColumnDialog</name>
    <message>
        <source>Paste a column of values — %1</source>
        <translation>粘贴一列数值 — %1</translation>
    </message>
    <message>
        <source>First value is for:</source>
        <translation>第一个值对应：</translation>
    </message>
    <message>
        <source>A month such as %1 (the year-to-date value Jan–Feb) or 1-2月</source>
        <translation>月份，如 %1（1-2月累计值）或 1-2月</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录入</translation>
    </message>
    <message>
        <source>The first value needs a month, e.g. %1.</source>
        <translation>第一个值需对应月份，如 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s): %1 … %2</source>
        <translation>
            <numerusform>%n 个值：%1 至 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cell %1: %2</source>
        <translation>第%1格：%2</translation>
    </message>
    <message>
        <source>Paste the cells copied from a spreadsheet: a period column beside the values (1-2月, 5.1), or one value a line (or a row of tab-separated values), month after month.</source>
        <translation>粘贴从电子表格复制的单元格：数值旁带期间列（1-2月、5.1），或每行一个数值（或一行以制表符分隔的数值），逐月排列。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Each value is recorded for the period beside it.</source>
        <translation>每个数值按其旁边的期间录入。</translation>
    </message>
</context>
<context>
    <name>duban::ui::PeriodLabels</name>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Jan–Feb</source>
        <translation>1-2月</translation>
    </message>
    <message>
        <source>Jan–Mar</source>
        <translation>1-3月</translation>
    </message>
    <message>
        <source>Jan–Apr</source>
        <translation>1-4月</translation>
    </message>
    <message>
        <source>Jan–May</source>
        <translation>1-5月</translation>
    </message>
    <message>
        <source>Jan–Jun</source>
        <translation>1-6月</translation>
    </message>
    <message>
        <source>Jan–Jul</source>
        <translation>1-7月</translation>
    </message>
    <message>
        <source>Jan–Aug</source>
        <translation>1-8月</translation>
    </message>
    <message>
        <source>Jan–Sep</source>
        <translation>1-9月</translation>
    </message>
    <message>
        <source>Jan–Oct</source>
        <translation>1-10月</translation>
    </message>
    <message>
        <source>Jan–Nov</source>
        <translation>1-11月</translation>
    </message>
    <message>
        <source>Jan–Dec</source>
        <translation>1-12月</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1 H1</source>
        <translation>%1年上半年</translation>
    </message>
    <message>
        <source>%1 H2</source>
        <translation>%1年下半年</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>year, cumulative months</comment>
        <translation>%1年%2</translation>
    </message>
</context>
<context>
    <name>duban::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>您的姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Recorded with every step and edit you make (留痕). Empty: the login name “%1”.</source>
        <translation>随您的每个步骤和修改一并留痕。留空则使用登录名“%1”。</translation>
    </message>
</context>
<context>
    <name>duban::ui::ProgressReportDialog</name>
    <message>
        <source>Edit progress report</source>
        <translation>修改进展</translation>
    </message>
    <message>
        <source>Add progress report</source>
        <translation>添加进展</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Reporting &amp;unit</source>
        <translation>报送单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Percent done</source>
        <translation>完成进度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>进展情况(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>存在问题(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>下步工作(&amp;N)</translation>
    </message>
</context>
<context>
    <name>duban::ui::ReportPackageWriter</name>
    <message>
        <source>The workbook could not be created.</source>
        <extracomment>zh_CN: 无法创建工作簿。</extracomment>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <extracomment>zh_CN: 工作簿未能写出：%1</extracomment>
        <translation>工作簿未能写出：%1</translation>
    </message>
</context>
<context>
    <name>duban::ui::RollCallPanel</name>
    <message>
        <source>Unit / task</source>
        <translation>单位 / 任务</translation>
    </message>
    <message>
        <source>Period owed</source>
        <translation>应报期</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>报送截止</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n task(s))</source>
        <translation>
            <numerusform>%1（%n项任务）</numerusform>
        </translation>
    </message>
    <message>
        <source>Every lead unit has reported for the period it owes.</source>
        <translation>各牵头单位均已按期报送。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have not reported for the period owed: %1 task(s).</source>
        <translation>
            <numerusform>%n个单位本期未报送：共%1项任务。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duban::ui::ScoresPanel</name>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>%1, task %2, %3 (due by %4)</source>
        <translation>%1，任务%2，%3（应于%4前报送）</translation>
    </message>
    <message>
        <source>%1, task %2, %3 (due by %4, reported %5)</source>
        <translation>%1，任务%2，%3（应于%4前报送，%5报送）</translation>
    </message>
    <message>
        <source>%1, task %2, due by %3</source>
        <translation>%1，任务%2，应于%3前</translation>
    </message>
    <message>
        <source>%1, task %2, deadline %3</source>
        <translation>%1，任务%2，完成时限%3</translation>
    </message>
    <message>
        <source>%1, task %2, on %3</source>
        <translation>%1，任务%2，%3</translation>
    </message>
    <message>
        <source>%1, task %2</source>
        <translation>%1，任务%2</translation>
    </message>
    <message>
        <source>The scores cannot be computed: %1</source>
        <translation>无法计算考核得分：%1</translation>
    </message>
    <message>
        <source>As of %1, from a base of %2: not acknowledged %3 each, report missing %4, report late %5, overdue %6 per task, completed on time %7, completion returned %8.</source>
        <extracomment>zh_CN: 截至%1，基础分%2分：未签收每项%3，未报%4，迟报%5，逾期每项任务%6，按时办结%7，退回%8。</extracomment>
        <translation>截至%1，基础分%2：未签收每项%3，未报%4，迟报%5，逾期每项%6，按时办结%7，办结被退回%8。</translation>
    </message>
    <message>
        <source>No items: the base score</source>
        <translation>无扣加分项：基础分</translation>
    </message>
    <message>
        <source>Expand for the items</source>
        <translation>展开查看扣加分项</translation>
    </message>
    <message>
        <source>Computing the scores…</source>
        <extracomment>zh_CN: 正在计算考核得分…</extracomment>
        <translation>正在计算考核得分…</translation>
    </message>
    <message>
        <source>The database could not be opened again.</source>
        <extracomment>zh_CN: 无法再次打开数据库</extracomment>
        <translation>无法再次打开数据库</translation>
    </message>
</context>
<context>
    <name>duban::ui::SendPackagesDialog</name>
    <message>
        <source>Send report packages</source>
        <extracomment>zh_CN: 发送报送表</extracomment>
        <translation>发送报送表</translation>
    </message>
    <message>
        <source>Month:</source>
        <extracomment>zh_CN: 报送月份：</extracomment>
        <translation>报送月份：</translation>
    </message>
    <message>
        <source>Every unit (one file each)</source>
        <extracomment>zh_CN: 全部单位（每个单位一个文件）</extracomment>
        <translation>全部单位（每个单位一个文件）</translation>
    </message>
    <message>
        <source>Unit:</source>
        <extracomment>zh_CN: 单位：</extracomment>
        <translation>单位：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <extracomment>zh_CN: 浏览…</extracomment>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <extracomment>zh_CN: 保存到文件夹：</extracomment>
        <translation>保存到文件夹：</translation>
    </message>
    <message>
        <source>One Excel workbook per unit with the open tasks it leads and co-handles; the unit fills it in and sends it back, and Collect returned packages takes it in.</source>
        <extracomment>zh_CN: 每个单位一个 Excel 工作簿，列出其牵头和配合的未办结任务；单位填写后发回，用“收表”收入台账。</extracomment>
        <translation>每个单位一个 Excel 工作簿，列出其牵头和配合的未办结任务；单位填写后发回，用“收表”收入台账。</translation>
    </message>
    <message>
        <source>&amp;Write packages</source>
        <extracomment>zh_CN: 生成报送表(&amp;W)</extracomment>
        <translation>生成报送表(&amp;W)</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <extracomment>zh_CN: 请选择一个文件夹。</extracomment>
        <translation>请选择一个文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>The folder holds %n package(s) of the same name already. Replace them?</source>
        <extracomment>zh_CN: 文件夹中已有%n个同名报送表。要替换它们吗？</extracomment>
        <translation>
            <numerusform>文件夹中已有%n个同名报送表。要替换它们吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <extracomment>zh_CN: 无法创建文件夹%1。</extracomment>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written to %1.</source>
        <extracomment>zh_CN: 已生成%n个报送表，保存在%1。</extracomment>
        <translation>
            <numerusform>已生成%n个报送表，保存在%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duban::ui::SignOffDialog</name>
    <message>
        <source>Record a sign-off (签收)</source>
        <translation>登记签收</translation>
    </message>
    <message>
        <source>The unit acknowledged the assigned task (by phone, paper or mail).</source>
        <translation>单位已确认收到交办的任务（电话、纸质或邮件）。</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>签收日期(&amp;O)</translation>
    </message>
</context>
<context>
    <name>duban::ui::StatusThresholdsDialog</name>
    <message>
        <source>Status light rules</source>
        <translation>红黄绿灯规则</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Yellow when due within</source>
        <translation>黄灯：距完成时限不超过</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>Monthly (月报)</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Every ten days (旬报)</source>
        <translation>旬报</translation>
    </message>
    <message>
        <source>Red: past the deadline or a milestone, or a notice unanswered past its due date. Yellow: due soon, below the time-elapsed schedule, or the report of the latest period due missing or late. These settings are saved in the database.</source>
        <translation>红灯：超过完成时限或节点，或督办超过回复期限未回复。黄灯：临近完成时限、未达到序时进度，或最近一个应报期的进展未报、迟报。以下设置保存在数据库中。</translation>
    </message>
    <message>
        <source>0, as offices count: a task below the share of its period elapsed (25% at the end of the first quarter, 50% at the end of June) is behind schedule.</source>
        <translation>按机关通行算法为 0：完成进度低于所在期间的序时进度（一季度末25%，6月底50%）即为未达到序时进度。</translation>
    </message>
    <message>
        <source>Yellow when below the time-elapsed schedule by more than</source>
        <translation>黄灯：低于序时进度超过</translation>
    </message>
    <message>
        <source>Whole months (25% at the end of March)</source>
        <translation>整月（3月底为25%）</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>逐日</translation>
    </message>
    <message>
        <source>Time-elapsed schedule counted in</source>
        <translation>序时进度计算方式</translation>
    </message>
    <message>
        <source>Units report</source>
        <translation>报送周期</translation>
    </message>
    <message>
        <source>A monthly report for June is due by this day of July; a task without it is yellow (report missing) until it comes, and a later one counts as late.</source>
        <translation>6月的月报须在7月的这一天前报送；未报送的任务为黄灯（未报），逾期报送的计为迟报。</translation>
    </message>
    <message>
        <source>Monthly report due by day of the next month</source>
        <translation>月报报送截止：次月</translation>
    </message>
    <message>
        <source>Ten-day report due after the period ends by</source>
        <translation>旬报报送截止：旬末后</translation>
    </message>
</context>
<context>
    <name>duban::ui::SupervisionDialog</name>
    <message>
        <source>Edit reminder or notice</source>
        <translation>修改催办/督办</translation>
    </message>
    <message>
        <source>Send a reminder or notice</source>
        <translation>发出催办/督办</translation>
    </message>
    <message>
        <source>Reminder (催办)</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Supervision notice (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Sent on</source>
        <translation>发出日期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;To unit</source>
        <translation>接收单位(&amp;T)</translation>
    </message>
    <message>
        <source>What the unit is asked to do</source>
        <translation>需该单位办理的事项</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>内容(&amp;T)</translation>
    </message>
    <message>
        <source>Response &amp;due</source>
        <translation>回复期限(&amp;D)</translation>
    </message>
    <message>
        <source>Record the response</source>
        <translation>登记回复</translation>
    </message>
    <message>
        <source>%1 to %2, sent %3: %4</source>
        <translation>%3向%2发出%1：%4</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>&amp;Answered on</source>
        <translation>回复日期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>回复内容(&amp;R)</translation>
    </message>
</context>
<context>
    <name>duban::ui::SupervisionModel</name>
    <message>
        <source>(no lead unit)</source>
        <translation>（无牵头单位）</translation>
    </message>
    <message>
        <source>%1 red, %2 yellow</source>
        <translation>红灯 %1 项，黄灯 %2 项</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Lead unit / task</source>
        <translation>牵头单位 / 任务</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>最近报送</translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>共%n次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reminder(s) (催办), %2 notice(s) (督办)</source>
        <translation>催办%1次，督办%2次</translation>
    </message>
    <message>
        <source>not due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>已报</translation>
    </message>
    <message>
        <source>late</source>
        <translation>迟报</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未报</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last %1</source>
        <extracomment>how many 催办/督办 were sent, and the day of the last; zh_CN: %n次，最近%1</extracomment>
        <translation>
            <numerusform>%n次，最近%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>已逾期%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1到期</translation>
    </message>
    <message>
        <source>%1/%2 signed</source>
        <extracomment>zh_CN: %1/%2 已签收</extracomment>
        <translation>%1/%2 已签收</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>催督次数</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Period report</source>
        <translation>本期报送</translation>
    </message>
</context>
<context>
    <name>duban::ui::SupervisionView</name>
    <message>
        <source>催办/督办…</source>
        <translation>催办/督办…</translation>
    </message>
    <message>
        <source>Send a reminder or notice about the selected task, or about every listed task of the selected unit</source>
        <translation>对选中的任务，或选中单位所列的全部任务，发出催办或督办</translation>
    </message>
    <message>
        <source>Open in ledger</source>
        <translation>在台账中打开</translation>
    </message>
    <message>
        <source>As of %1: %2 red and %3 yellow tasks in %4 lead units.</source>
        <translation>截至%1：%4个牵头单位共有红灯任务%2项、黄灯任务%3项。</translation>
    </message>
    <message>
        <source>催办/督办</source>
        <translation>催办/督办</translation>
    </message>
    <message>
        <source>Select a task or a unit first.</source>
        <translation>请先选择任务或单位。</translation>
    </message>
    <message numerus="yes">
        <source>Send a reminder or notice about %n task(s)</source>
        <translation>
            <numerusform>对 %n 项任务发出催办或督办</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>&amp;Notice…</source>
        <translation>通知单(&amp;N)…</translation>
    </message>
    <message>
        <source>Issue a numbered 督办通知单 or 催办单 to the selected unit, as a PDF to print</source>
        <translation>向所选单位签发编号的督办通知单或催办单，可导出PDF打印</translation>
    </message>
    <message>
        <source>Red and yellow</source>
        <translation>红黄灯任务</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>临近到期</translation>
    </message>
    <message>
        <source>Roll call (点名)</source>
        <translation>点名</translation>
    </message>
</context>
<context>
    <name>duban::ui::TargetChart</name>
    <message>
        <source>%1 (cumulative, year to date)</source>
        <translation>%1年（累计）</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>实绩</translation>
    </message>
    <message>
        <source>Target %1%2%3</source>
        <translation>目标 %1%2%3</translation>
    </message>
    <message>
        <source>%1 target %2%3%4</source>
        <translation>%1目标 %2%3%4</translation>
    </message>
    <message>
        <source>Time-elapsed schedule</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <source>Stretch %1%2</source>
        <translation>力争 %1%2</translation>
    </message>
    <message>
        <source>Projection %1%2</source>
        <translation>预计 %1%2</translation>
    </message>
    <message>
        <source>%1 projection</source>
        <translation>%1预计</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>无法写入 %1：无法编码图像。</translation>
    </message>
    <message>
        <source>Cannot write %1: the drawing could not be made.</source>
        <translation>无法写入 %1：无法绘制图形。</translation>
    </message>
</context>
<context>
    <name>duban::ui::TargetTableModel</name>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, stretch reached</source>
        <translation>%1，达到力争目标</translation>
    </message>
    <message>
        <source>No observation of this indicator for the period yet.</source>
        <translation>本期暂无该指标实绩。</translation>
    </message>
    <message>
        <source>Judged on %1: %2 against %3 (gap %4 %5).</source>
        <translation>依据%1：%2，对照%3（差距%4%5）。</translation>
    </message>
    <message>
        <source>Projected at the end of the period: %1 (gap %2).</source>
        <translation>期末预计：%1（差距%2）。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>力争值</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>最新实绩</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>年末预计</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number; a target needs an ordinary number</source>
        <translation>“%1”不是有限数值；目标值须为普通数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>duban::ui::TaskCommands</name>
    <message>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Delete task %1</source>
        <translation>删除任务 %1</translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation>重命名单位</translation>
    </message>
    <message>
        <source>Change aliases</source>
        <translation>修改别名</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message numerus="yes">
        <source>Record supervision notices (督办) for %n task(s)</source>
        <translation>
            <numerusform>登记 %n 项任务的督办</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record reminders (催办) for %n task(s)</source>
        <translation>
            <numerusform>登记 %n 项任务的催办</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
    <message>
        <source>Delete unit %1</source>
        <translation>删除单位 %1</translation>
    </message>
    <message>
        <source>Add progress report</source>
        <translation>添加进展</translation>
    </message>
    <message>
        <source>Edit progress report</source>
        <translation>修改进展</translation>
    </message>
    <message>
        <source>Delete progress report</source>
        <translation>删除进展</translation>
    </message>
    <message>
        <source>Record reminder (催办)</source>
        <translation>登记催办</translation>
    </message>
    <message>
        <source>Record supervision notice (督办)</source>
        <translation>登记督办</translation>
    </message>
    <message>
        <source>Record response</source>
        <translation>登记回复</translation>
    </message>
    <message>
        <source>Edit supervision record</source>
        <translation>修改催办督办记录</translation>
    </message>
    <message>
        <source>Delete supervision record</source>
        <translation>删除催办督办记录</translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation>更新 %1</translation>
    </message>
</context>
<context>
    <name>duban::ui::TaskDetailPane</name>
    <message>
        <source>&amp;No.</source>
        <translation>序号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>板块(&amp;S)</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>正文(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Lead unit</source>
        <translation>牵头单位(&amp;L)</translation>
    </message>
    <message>
        <source>Unit to add…</source>
        <translation>要添加的单位…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the unit to the co-responsible units</source>
        <translation>将该单位加入配合单位</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected unit</source>
        <translation>移除选中的单位</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>&amp;Co-responsible</source>
        <translation>配合单位(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>完成时限(&amp;D)</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>办结于</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点内容</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <source>Add a dated milestone</source>
        <translation>添加带日期的节点</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <source>Remove the selected milestone</source>
        <translation>删除选中的节点</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>节点(&amp;M)</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>修改序号</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>修改标题</translation>
    </message>
    <message>
        <source>Change section</source>
        <translation>修改板块</translation>
    </message>
    <message>
        <source>Change text</source>
        <translation>修改正文</translation>
    </message>
    <message>
        <source>Change lead unit</source>
        <translation>修改牵头单位</translation>
    </message>
    <message>
        <source>Change deadline</source>
        <translation>修改完成时限</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>标记办结</translation>
    </message>
    <message>
        <source>Reopen task</source>
        <translation>重新打开任务</translation>
    </message>
    <message>
        <source>Change completion date</source>
        <translation>修改办结日期</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation>未选择任务</translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <source>Change milestones</source>
        <translation>修改节点</translation>
    </message>
    <message>
        <source>Add co-responsible unit</source>
        <translation>添加配合单位</translation>
    </message>
    <message>
        <source>Remove co-responsible unit</source>
        <translation>移除配合单位</translation>
    </message>
    <message>
        <source>Reorder co-responsible units</source>
        <translation>调整配合单位顺序</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>新节点</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <source>Tick when the milestone has been met; an unmet milestone past its date turns the task red.</source>
        <translation>节点完成后请勾选；节点日期已过仍未完成的，任务亮红灯。</translation>
    </message>
    <message>
        <source>Task %1 was deleted by another user or program.</source>
        <translation>任务 %1 已被其他用户或程序删除。</translation>
    </message>
    <message>
        <source>Task %1 was changed by another user or program; the pane shows the new state.</source>
        <translation>任务 %1 已被其他用户或程序修改；详情栏显示的是最新内容。</translation>
    </message>
    <message>
        <source>“%1” is not in the unit directory. Add it as a new unit?</source>
        <translation>“%1”不在单位名录中。是否作为新单位添加？</translation>
    </message>
    <message>
        <source>Closest existing names: %1</source>
        <translation>最接近的已有名称：%1</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新单位</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Task %1 was changed by another user or program while you edited it. Your change (%2) was not saved.</source>
        <translation>您编辑期间，任务 %1 已被其他用户或程序修改。您的修改（%2）未保存。</translation>
    </message>
    <message>
        <source>Changed meanwhile:</source>
        <translation>期间被修改的内容：</translation>
    </message>
    <message>
        <source>Apply your change to the new state?</source>
        <translation>是否将您的修改应用到最新内容上？</translation>
    </message>
    <message>
        <source>Task changed elsewhere</source>
        <translation>任务已在别处修改</translation>
    </message>
    <message>
        <source>Tick a unit that leads the task too (several lead units)</source>
        <translation>勾选同为牵头的单位（多个牵头单位）</translation>
    </message>
    <message>
        <source>Make %1 a lead unit</source>
        <translation>将 %1 设为牵头单位</translation>
    </message>
    <message>
        <source>Make %1 a co-unit</source>
        <translation>将 %1 设为配合单位</translation>
    </message>
    <message>
        <source>Ticked: leads the task too</source>
        <translation>勾选：同为牵头单位</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>留痕</translation>
    </message>
</context>
<context>
    <name>duban::ui::TaskHistoryWidget</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Add progress…</source>
        <translation>添加进展…</translation>
    </message>
    <message>
        <source>催办/督办…</source>
        <translation>催办/督办…</translation>
    </message>
    <message>
        <source>Send a reminder (催办) or a formal supervision notice (督办) to a unit</source>
        <translation>向单位发出催办或正式督办</translation>
    </message>
    <message>
        <source>Response…</source>
        <translation>登记回复…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>存在问题：%1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>answered %1: %2</source>
        <translation>%1已回复：%2</translation>
    </message>
    <message>
        <source>response due %1</source>
        <translation>回复期限 %1</translation>
    </message>
    <message>
        <source>Notice (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Reminder (催办)</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>duban::ui::TimelineWidget</name>
    <message>
        <source>%1, recorded %2</source>
        <extracomment>who recorded a step and when; zh_CN: %1 记录于 %2</extracomment>
        <translation>%1 记录于 %2</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚无记录。</translation>
    </message>
</context>
<context>
    <name>duban::ui::UnitDirectoryDialog</name>
    <message>
        <source>Unit directory</source>
        <translation>单位名录</translation>
    </message>
    <message>
        <source>Double-click a name to rename the unit everywhere, or the aliases to add other names it is known by (separate them with 、 or commas).</source>
        <translation>双击名称可在所有任务中重命名该单位；双击别名可添加该单位的其他名称（用“、”或逗号分隔）。</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>筛选单位</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge the selected unit into another: every task, target, report and notice moves, and its name becomes an alias</source>
        <translation>将所选单位合并到另一单位：所有任务、目标、进展和通知随之转移，原名称成为别名</translation>
    </message>
    <message>
        <source>&amp;Delete unit</source>
        <translation>删除单位(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected unit; only a unit no task or target names</source>
        <translation>删除所选单位；仅限没有任务或目标引用的单位</translation>
    </message>
    <message>
        <source>Merge units</source>
        <translation>合并单位</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>将“%1”合并到：</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? Every task, target, report and notice that names “%1” will name “%2”, and “%1” becomes an alias of “%2”. One step of undo puts everything back.</source>
        <translation>将“%1”合并到“%2”？所有引用“%1”的任务、目标、进展和通知都将改为“%2”，“%1”成为“%2”的别名。撤销一步即可全部恢复。</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <source>Delete the unit “%1”? No task or target names it.</source>
        <translation>删除单位“%1”？没有任务或目标引用它。</translation>
    </message>
</context>
<context>
    <name>duban::ui::UnitStatisticsModel</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Co-handles</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Open notices</source>
        <translation>未回复督办</translation>
    </message>
    <message>
        <source>Behind schedule</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>Reports due</source>
        <translation>应报</translation>
    </message>
    <message>
        <source>On time</source>
        <comment>reports</comment>
        <translation>按时报</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>reports</comment>
        <translation>迟报</translation>
    </message>
    <message>
        <source>Missing</source>
        <comment>reports</comment>
        <translation>未报</translation>
    </message>
    <message>
        <source>Open tasks it leads that are below the time-elapsed schedule, or not started while time has elapsed</source>
        <translation>其牵头的未办结任务中未达到序时进度的（含时间已过而尚未启动的）</translation>
    </message>
    <message>
        <source>%1 of %2 acknowledged</source>
        <translation>已签收%1/%2</translation>
    </message>
    <message>
        <source>No acknowledgement due</source>
        <translation>无应签收事项</translation>
    </message>
    <message>
        <source>Reports the unit&apos;s led tasks owe for the latest period past its due day, by each task&apos;s schedule (its own, else its plan&apos;s, else the ledger&apos;s: monthly by the 5th of the next month); co-units owe none.</source>
        <translation>该单位牵头任务在最近一个已过报送日的周期应报的进展（按任务自身、方案或台账的报送周期）</translation>
    </message>
    <message>
        <source>Acknowledgement rate: of the open tasks it leads or co-handles whose acknowledgement was due, the share it has acknowledged</source>
        <translation>签收率：牵头或配合的未办结任务中，已到签收期限的已签收比例</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已签收</translation>
    </message>
</context>
<context>
    <name>duban::ui::UnitTableModel</name>
    <message>
        <source>Group</source>
        <translation>单位集合</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Co-handles</source>
        <translation>配合</translation>
    </message>
</context>
<context>
    <name>duban::ui::WelcomePage</name>
    <message>
        <source>Duban — task supervision ledger</source>
        <translation>督办 — 重点任务督查台账</translation>
    </message>
    <message>
        <source>Turn a policy document into a ledger of assigned tasks, then follow every task to completion: lead and co-responsible units, deadlines and milestones, progress, warnings and briefings.</source>
        <translation>把政策文件分解为任务台账，并跟踪每项任务直至办结：牵头和配合单位、完成时限和节点、进展、预警和通报。</translation>
    </message>
    <message>
        <source>Import a plan document…</source>
        <translation>导入方案文件…</translation>
    </message>
    <message>
        <source>Open the sample plan (湘新综发〔2023〕22号)</source>
        <translation>打开示例方案（湘新综发〔2023〕22号）</translation>
    </message>
    <message>
        <source>Enter a task by hand</source>
        <translation>手工录入任务</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>duban::ui::WindowDatabase</name>
    <message>
        <source>No database at %1. Create a new empty ledger there?</source>
        <translation>%1 处没有数据库。是否在此新建一个空台账？</translation>
    </message>
    <message>
        <source>No database at %1; nothing was created.</source>
        <translation>%1 处没有数据库；未创建任何文件。</translation>
    </message>
</context>
<context>
    <name>duban::ui::XlsxOutput</name>
    <message>
        <source>No temporary folder could be made: %1</source>
        <extracomment>zh_CN: 无法创建临时文件夹：%1</extracomment>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Supervision ledger for policy-document tasks</source>
        <translation>政策文件任务督办台账</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
    <message>
        <source>Duban</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>the window and briefing module could not be loaded: %1</source>
        <translation>无法加载窗口与简报模块：%1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
</context>
</TS>
