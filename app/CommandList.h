#pragma once

#include <QString>
#include <QStringList>

#include <span>

namespace duban::app {

/// One command of `duban`, as the help lists and explains it.
struct CommandInfo
{
    const char *name;
    const char *summary; ///< what it is for, in one line of `duban --help`
    const char *details; ///< more for `duban NAME --help` (may be empty)
};

/// Every command, in the order `duban --help` lists them; `brief` too, though it runs in the window's module.
std::span<const CommandInfo> commandList();
/// The command called `name`, or null.
const CommandInfo *findCommand(const QString &name);
/// The commands a mistyped name most likely meant, in list order: those at the smallest edit distance
/// (Damerau–Levenshtein, letter case ignored) of at most 2, else those it begins, else none.
QStringList closestCommands(const QString &typed);
/// "unknown command 'taks'; did you mean 'tasks'?" and where to look, for stderr (after "duban: ").
QString unknownCommandMessage(const QString &typed);
/// One line per command, then how to open the window and where each command's options are: for
/// `duban --help`.
QString commandOverview();

} // namespace duban::app
