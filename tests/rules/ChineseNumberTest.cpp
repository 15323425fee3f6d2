// Chinese numerals as plans write counts, days and months (一 … 一百零五, 两) and years digit by digit.
#include "core/rules/ChineseNumber.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace duban::core;

TEST(ChineseNumber, OneToTen)
{
    const QString numerals = u"一二三四五六七八九十"_s;
    for (int i = 0; i < numerals.size(); ++i)
        EXPECT_EQ(chineseNumber(numerals.mid(i, 1)), i + 1) << numerals.mid(i, 1).toStdString();
}

TEST(ChineseNumber, TensAndHundreds)
{
    EXPECT_EQ(chineseNumber(u"十一"), 11);
    EXPECT_EQ(chineseNumber(u"十二"), 12);
    EXPECT_EQ(chineseNumber(u"二十"), 20);
    EXPECT_EQ(chineseNumber(u"二十三"), 23);
    EXPECT_EQ(chineseNumber(u"三十一"), 31);
    EXPECT_EQ(chineseNumber(u"一百"), 100);
    EXPECT_EQ(chineseNumber(u"一百零五"), 105);
    EXPECT_EQ(chineseNumber(u"一百一十"), 110);
    EXPECT_EQ(chineseNumber(u"三百二十五"), 325);
}

TEST(ChineseNumber, LiangIsTwoInCounts)
{
    // 两 is how 2 is said before a measure word: 两个月, 两年, 两百
    EXPECT_EQ(chineseNumber(u"两"), 2);
    EXPECT_EQ(chineseNumber(u"两百"), 200);
    EXPECT_EQ(chineseNumber(u"二"), chineseNumber(u"两"));
}

TEST(ChineseNumber, Zero)
{
    EXPECT_EQ(chineseNumber(u"〇"), 0);
    EXPECT_EQ(chineseNumber(u"○"), 0);
    EXPECT_EQ(chineseNumber(u"零"), 0);
}

TEST(ChineseNumber, ArabicDigits)
{
    EXPECT_EQ(chineseNumber(u"7"), 7);
    EXPECT_EQ(chineseNumber(u"31"), 31);
}

TEST(ChineseNumber, InvalidInputIsNoNumber)
{
    EXPECT_EQ(chineseNumber(u""), std::nullopt);
    EXPECT_EQ(chineseNumber(u"月"), std::nullopt);
    EXPECT_EQ(chineseNumber(u"十月"), std::nullopt);
    EXPECT_EQ(chineseNumber(u"三x"), std::nullopt);
    EXPECT_EQ(chineseNumber(u"1十"), std::nullopt);
    EXPECT_EQ(chineseNumber(u"千"), std::nullopt);
    EXPECT_EQ(chineseNumber(QString(40, u'十')), std::nullopt);
}

TEST(ChineseDigitString, YearsWrittenDigitByDigit)
{
    EXPECT_EQ(chineseDigitString(u"二〇二三"), 2023);
    EXPECT_EQ(chineseDigitString(u"二○二三"), 2023);
    EXPECT_EQ(chineseDigitString(u"二零二四"), 2024);
    EXPECT_EQ(chineseDigitString(u"一九九九"), 1999);
    EXPECT_EQ(chineseDigitString(u"2023"), 2023);
}

TEST(ChineseDigitString, CountingNumeralsAreNoDigitString)
{
    EXPECT_EQ(chineseDigitString(u""), std::nullopt);
    EXPECT_EQ(chineseDigitString(u"二十三"), std::nullopt);
    EXPECT_EQ(chineseDigitString(u"一百"), std::nullopt);
    EXPECT_EQ(chineseDigitString(u"两〇二三"), std::nullopt);
    EXPECT_EQ(chineseDigitString(u"二〇二三年"), std::nullopt);
    EXPECT_EQ(chineseDigitString(u"一二三四五六七八九〇"), std::nullopt); // more than an int holds
}
