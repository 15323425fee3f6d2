<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation><numerusform>逾期 %n 天</numerusform></translation>
    </message>
    <message>
        <source>Q1 milestone not met</source>
        <translation>一季度节点未完成</translation>
    </message>
    <message>
        <source>H1 milestone not met</source>
        <translation>上半年节点未完成</translation>
    </message>
    <message>
        <source>Q1-Q3 milestone not met</source>
        <translation>前三季度节点未完成</translation>
    </message>
    <message>
        <source>Milestone of %1 not met</source>
        <translation>%1 节点未完成</translation>
    </message>
    <message>
        <source>Supervision notice overdue, no reply</source>
        <translation>督办逾期未回复</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation><numerusform>%n 天后到期</numerusform></translation>
    </message>
    <message>
        <source>Behind schedule: %1% done, %2% of time elapsed</source>
        <translation>进度滞后：已完成 %1%，序时进度 %2%</translation>
    </message>
    <message>
        <source>No progress report this month</source>
        <translation>本月未报送进展</translation>
    </message>
    <message>
        <source>No progress report in this ten-day period</source>
        <translation>本旬未报送进展</translation>
    </message>
    <message numerus="yes">
        <source>Completed %n day(s) late</source>
        <translation><numerusform>逾期 %n 天办结</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Replied %n day(s) late</source>
        <translation><numerusform>逾期 %n 天回复</numerusform></translation>
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
</context>
<context>
    <name>duban::core::UnitRepository</name>
    <message>
        <source>A unit needs a name.</source>
        <translation>单位名称不能为空。</translation>
    </message>
    <message>
        <source>There is already a unit called "%1" (or with that alias).</source>
        <translation>已有名为“%1”的单位（或别名）。</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <source>"%1" already names the unit "%2".</source>
        <translation>“%1”已是单位“%2”的名称或别名。</translation>
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
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
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
        <source>%1 is already in this database. Update the saved plan instead of adding a second copy? Progress, completion and supervision records of matching tasks are kept. This update cannot be undone.</source>
        <translation>%1 已在本数据库中。是否更新已保存的方案，而不是再添加一份？对应任务的进展、办结和督办记录将保留。此次更新不能撤销。</translation>
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
</context>
<context>
    <name>duban::ui::LedgerStore</name>
    <message>
        <source>Tasks entered by hand</source>
        <translation>手工录入的任务</translation>
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
</context>
</TS>