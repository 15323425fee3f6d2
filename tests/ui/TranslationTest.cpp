// The zh_CN translation is complete, embedded, and actually changes the interface.
#include "support/TempDir.h"

#include "ui/models/LedgerModel.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
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
