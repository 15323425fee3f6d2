<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>duban::core::Database</name>
    <message>
        <source>%1 is a folder, not a Duban database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Duban database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Duban database (it is not an SQLite database file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Duban database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Duban (schema %2; this version reads up to %3). Update Duban to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. Duban saves every edit at once and needs to write to it; copy it to a writable folder or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; Duban needs to write its journal next to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be used (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Duban. Update Duban to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be prepared for use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duban::core::Schedule</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahead of schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duban::core::StatusRules</name>
    <message>
        <source>Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1-Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Q1 milestone not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H1 milestone not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1-Q3 milestone not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone of %1 not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision notice overdue, no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Behind schedule: %1% done, %2% of time elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress report this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress report in this ten-day period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Completed %n day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replied %n day(s) late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duban::core::TaskRepository</name>
    <message>
        <source>A task must belong to a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duban::core::UnitRepository</name>
    <message>
        <source>A unit needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a unit called &quot;%1&quot; (or with that alias).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already names the unit &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duban::ui::LedgerModel</name>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-responsible units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duban::ui::LedgerStore</name>
    <message>
        <source>Tasks entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duban::ui::LedgerView</name>
    <message>
        <source>Search title and text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tasks of one unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as lead or co-unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as co-unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tasks of one section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duban::ui::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duban — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Duban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duban will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved to the database:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duban databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Duban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duban %1&lt;/h3&gt;&lt;p&gt;Decomposes policy documents into a ledger of assigned tasks and supervises them to completion.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duban::ui::TaskCommands</name>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change aliases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duban::ui::TaskDetailPane</name>
    <message>
        <source>&amp;No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit to add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the unit to the co-responsible units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Co-responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dated milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add co-responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove co-responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder co-responsible units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duban::ui::UnitDirectoryDialog</name>
    <message>
        <source>Unit directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a name to rename the unit everywhere, or the aliases to add other names it is known by (separate them with 、 or commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duban::ui::UnitTableModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-handles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duban::ui::WelcomePage</name>
    <message>
        <source>Duban — task supervision ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a policy document into a ledger of assigned tasks, then follow every task to completion: lead and co-responsible units, deadlines and milestones, progress, warnings and briefings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a plan document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample plan (湘新综发〔2023〕22号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a task by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Supervision ledger for policy-document tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duban</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
