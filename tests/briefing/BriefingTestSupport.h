#pragma once

#include "core/storage/Database.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace duban::test {

/// The zh_CN wording intended for the briefing's strings (the catalogue entries to add), plus the shipped
/// catalogue for everything else: installs itself for the lifetime of the object.
class BriefingZhTranslator final : public QTranslator
{
public:
    BriefingZhTranslator();
    ~BriefingZhTranslator() override;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
    /// Every (context, English) → Chinese entry of the briefing.
    static const QHash<QString, QString> &entries();

private:
    QTranslator m_shipped;
};

/// A ledger of six tasks in two sections, with reports, two supervision records and a target with
/// observations; as of 2023-07-15 it stands at: green 1 (task 1), yellow 1 (task 5, behind schedule),
/// red 2 (task 2: Q1 milestone missed 106 days; task 4: overdue 15 days), completed 1 (task 3),
/// completed late 1 (task 6).
std::unique_ptr<core::Database> openBriefingFixture(const QString &path);
/// Adds a progress report (no unit: entered by the office) to the task numbered `code`.
void addReport(core::Database &db, const QString &code, QDate date, int percent);

struct ToolResult
{
    int exitCode = -1;
    QString out;
};
/// Runs a poppler tool (pdfinfo, pdffonts, pdftotext …) and returns its output.
ToolResult runTool(const QString &program, const QStringList &arguments);
/// pdftotext of the pages [first, last] (all when 0), whitespace removed so wrapped table cells still match.
QString pdfText(const QString &pdf, int first = 0, int last = 0, bool squeeze = true);
int pdfPages(const QString &pdf);
QString pdfPageSize(const QString &pdf);
/// True if the text contains a Kangxi radical or CJK radical supplement character (人 → ⼈ substitutions).
bool hasRadicals(const QString &text);

} // namespace duban::test
