// The zh_CN translation is complete, embedded, and actually changes the interface.
#include "support/TempDir.h"

#include "core/services/ProgressService.h"
#include "core/storage/Database.h"
#include "ui/models/LedgerModel.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QTranslator>
#include <QXmlStreamReader>

TEST(Translations, ZhCnHasNoUnfinishedOrEmptyEntries)
{
    QFile ts(QStringLiteral(DUBAN_SOURCE_DIR "/translations/duban_zh_CN.ts"));
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const bool vanished = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!vanished && (type == QLatin1String("unfinished") || text.trimmed().isEmpty()))
                unfinished.append(source);
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 100);
    EXPECT_TRUE(unfinished.isEmpty()) << unfinished.size() << " unfinished, e.g. "
                                      << unfinished.mid(0, 10).join(QStringLiteral(" | ")).toStdString();
}

TEST(Translations, EmbeddedCatalogueTranslatesTheLedger)
{
    QTranslator own;
    ASSERT_TRUE(own.load(QStringLiteral(":/i18n/duban_zh_CN.qm")));
    QCoreApplication::installTranslator(&own);
    EXPECT_EQ(duban::ui::LedgerModel::statusText(0), QStringLiteral("推进中"));
    EXPECT_EQ(duban::ui::LedgerModel::statusText(1), QStringLiteral("已办结"));
    QCoreApplication::removeTranslator(&own);
    EXPECT_EQ(duban::ui::LedgerModel::statusText(1), QStringLiteral("Completed"));
}

TEST(Translations, QtsOwnDialogsHaveAChineseCatalogue)
{
    QTranslator qt;
    EXPECT_TRUE(qt.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                        QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    EXPECT_FALSE(qt.translate("QPlatformTheme", "&Yes").isEmpty());
}

#ifdef DUBAN_LUPDATE
TEST(Translations, TheCommittedCatalogueIsWhatLupdateWrites)
{
    // GIVEN a copy of the committed catalogue
    duban::test::TempDir dir;
    const QString copy = dir.file(QStringLiteral("duban_zh_CN.ts"));
    const QByteArray committed =
        duban::test::readAll(QStringLiteral(DUBAN_SOURCE_DIR "/translations/duban_zh_CN.ts"));
    duban::test::writeAll(copy, committed);
    // WHEN lupdate reads every layer's sources into it, with the build's options
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(DUBAN_SOURCE_DIR));
    lupdate.start(QStringLiteral(DUBAN_LUPDATE),
                  {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-ts"), copy});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    // THEN nothing changes: every string is in the catalogue, under the context it is looked up in
    EXPECT_TRUE(duban::test::readAll(copy) == committed)
        << "translations/duban_zh_CN.ts is out of date: run `cmake --build --preset debug --target "
           "update_translations` and translate what it adds";
}
#endif

TEST(Translations, UndoTextsAndStorageMessagesAreLookedUpWhereTheyAreFiled)
{
    QTranslator own;
    ASSERT_TRUE(own.load(QStringLiteral(":/i18n/duban_zh_CN.qm")));
    QCoreApplication::installTranslator(&own);
    EXPECT_EQ(QCoreApplication::translate("duban::ui::TaskCommands", "Add progress report"),
              QStringLiteral("添加进展"));
    EXPECT_EQ(QCoreApplication::translate("duban::ui::TaskCommands", "Record reminder (催办)"),
              QStringLiteral("登记催办"));
    EXPECT_EQ(duban::core::ProgressService::tr("A progress report needs a date."),
              QStringLiteral("进展须填写日期。"));
    EXPECT_EQ(duban::core::Database::tr("No database at %1."), QStringLiteral("%1 处没有数据库。"));
    QCoreApplication::removeTranslator(&own);
}
