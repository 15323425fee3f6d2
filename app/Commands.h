#pragma once

#include <QStringList>

namespace duban::app {

/// duban import FILE [--db FILE] [--dry-run] [--json]
int runImport(const QStringList &arguments);
/// duban tasks [--db FILE] [--as-of DATE] [--overdue] [--unit NAME] [--json]
int runTasks(const QStringList &arguments);
/// duban report --task CODE [--plan NUMBER] --date D --unit NAME --percent N --text T [--problems P]
/// [--next-steps N] [--db FILE]
int runReport(const QStringList &arguments);
/// duban complete --task CODE [--plan NUMBER] --date D [--db FILE]
int runComplete(const QStringList &arguments);
/// duban reopen --task CODE [--plan NUMBER] [--db FILE]
int runReopen(const QStringList &arguments);
/// duban assign --task CODE [--plan NUMBER] --date D [--actor NAME] [--db FILE]: 交办 on a new date
int runAssign(const QStringList &arguments);
/// duban sign --task CODE [--plan NUMBER] --unit NAME --date D [--actor NAME] [--db FILE]: 签收
int runSign(const QStringList &arguments);
/// duban request-completion --task CODE [--plan NUMBER] --unit NAME --date D --basis T [--attach FILE]...
/// [--actor NAME] [--db FILE]: 办结申请
int runRequestCompletion(const QStringList &arguments);
/// duban review --task CODE [--plan NUMBER] (--approve | --return --reason T) --date D [--actor NAME]
/// [--db FILE]: 审核 of the pending 办结申请
int runReview(const QStringList &arguments);
/// duban extend --task CODE --to D --reason T --date D [--unit NAME] [--attach FILE]... | (--approve |
/// --refuse [--reason T]) --date D, with [--plan NUMBER] [--actor NAME] [--db FILE]: 延期申请 and its
/// decision
int runExtend(const QStringList &arguments);
/// duban history --task CODE [--plan NUMBER] [--json] [--db FILE]: the task's history (留痕)
int runHistory(const QStringList &arguments);
/// duban generate --db FILE --tasks N --reports M [--seed S]
int runGenerate(const QStringList &arguments);
/// duban targets [--db FILE] [--as-of DATE] [--json]
int runTargets(const QStringList &arguments);
/// duban observe --indicator NAME --period P --value V [--source S] [--note N] [--db FILE] | --csv FILE
/// [--force]
int runObserve(const QStringList &arguments);
/// duban check [--db FILE]: full integrity check; exit 1 with the findings when the file is damaged
int runCheck(const QStringList &arguments);
/// duban brief --out FILE.pdf [--overwrite] [--db FILE] [--as-of DATE] [--issue N]
int runBrief(const QStringList &arguments);
/// duban calendar --add-workdays N --from DATE | --list [--year YEAR] | --add FILE|- [--db FILE]
int runCalendar(const QStringList &arguments);
/// duban scores [--as-of DATE] [--json] [--unit NAME] [--db FILE]: the 考核 ranking
int runScores(const QStringList &arguments);
/// duban due [--within N] [--as-of DATE] [--unit NAME] [--json] [--db FILE]
int runDue(const QStringList &arguments);
/// duban notice --unit NAME --kind 催办|督办 --out FILE.pdf [--as-of DATE] [--due DATE | --within N]
/// [--task CODE]... [--requirement TEXT] [--overwrite] [--db FILE] | --respond NUMBER --date DATE --text TEXT
int runNotice(const QStringList &arguments);
/// duban export --out FILE.xlsx|FILE.csv [--as-of DATE] [--unit NAME] [--plan NUMBER] [--overwrite] [--db
/// FILE]
int runExport(const QStringList &arguments);
/// duban package --period YYYY-MM [--unit NAME] --out FOLDER [--overwrite] [--db FILE]
int runPackage(const QStringList &arguments);
/// duban collect FILE|FOLDER... [--period YYYY-MM] [--date DATE] [--dry-run] [--json] [--db FILE]
int runCollect(const QStringList &arguments);

} // namespace duban::app
