#pragma once

#include <QSettings>
#include <QString>

namespace duban::ui {

/// The fonts of a briefing. Debian has no 小标宋 / 仿宋 / 楷体 for simplified Chinese: the defaults are faces
/// whose PDF text layer extracts exactly (AR PL UMing for Song, WenQuanYi Micro Hei for Hei); the user may
/// pick installed ones (方正小标宋简体, 仿宋_GB2312 …) in the settings.
struct BriefingStyle
{
    QString bodyFamily;    ///< body text, tables, page numbers (仿宋 / 宋体)
    QString headingFamily; ///< masthead, title and 一、 headings (小标宋 / 黑体)
    QString kaiFamily;     ///< （一） headings (楷体): AR PL UKai CN when installed, else the body face

    /// AR PL UMing CN, WenQuanYi Micro Hei, and UKai or UMing.
    static BriefingStyle defaults();
    /// The user's briefing fonts (settings::bodyFont / headingFont); a face that is not installed falls back
    /// to the default.
    static BriefingStyle fromSettings(const QSettings &settings);
};

} // namespace duban::ui
