#include "NoticeDocument.h"

#include "BriefingComposer.h"
#include "BriefingDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace duban::ui {

using namespace duban::core;

namespace {

constexpr qreal kDpi = BriefingDocument::kDpi;
const QColor kRed(0xd7, 0x00, 0x0f);

constexpr qreal mm(qreal v)
{
    return v * kDpi / 25.4;
}

constexpr qreal pt(qreal v)
{
    return v * kDpi / 72.0;
}

/// The masthead's height above the body: title, number and the red rule under them.
constexpr qreal kMastheadHeight = mm(42);

QFont pageFont(const QString &family, qreal points, bool bold = false)
{
    QFont f(family);
    f.setFamilies({family});
    f.setPixelSize(int(std::lround(pt(points))));
    f.setBold(bold);
    return f;
}

QString deadlineText(const NoticeTaskLine &t)
{
    if (!t.deadline.isValid())
        return QStringLiteral("—");
    const QString deadline = t.deadline.toString(Qt::ISODate);
    if (!t.deadlineOriginal.isValid() || t.deadlineOriginal == t.deadline)
        return deadline;
    // The original deadline on a line of its own under the extended one.
    //: under an extended deadline; zh_CN: 原定%1
    return deadline + QChar::LineSeparator +
           NoticeDocument::tr("originally %1").arg(t.deadlineOriginal.toString(Qt::ISODate));
}

} // namespace

NoticeDocument::NoticeDocument(const NoticeContent &content, const BriefingStyle &style) : m_style(style)
{
    // Laid out for a 300-dpi page as the briefing is: point sizes are page pixels, painting needs no scaling.
    m_layoutDevice = std::make_unique<QPdfWriter>(&m_sink);
    m_layoutDevice->setResolution(BriefingDocument::kDpi);
    m_layoutDevice->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                              QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    m_document = std::make_unique<QTextDocument>();
    m_document->setUndoRedoEnabled(false);
    m_document->documentLayout()->setPaintDevice(m_layoutDevice.get());
    m_document->setDocumentMargin(0);
    QFont base(m_style.bodyFamily);
    base.setFamilies({m_style.bodyFamily});
    base.setPointSizeF(16);
    m_document->setDefaultFont(base);
    m_document->setPageSize(BriefingDocument::textBlock().size());
    build(content);
}

NoticeDocument::~NoticeDocument()
{
    m_document.reset(); // the layout refers to the device
}

int NoticeDocument::pageCount() const
{
    return m_document->pageCount();
}

QString NoticeDocument::documentTitle() const
{
    return m_title + QLatin1Char(' ') + m_number;
}

QString NoticeDocument::bodyText() const
{
    return m_document->toPlainText();
}

void NoticeDocument::build(const NoticeContent &c)
{
    const Notice &n = c.notice;
    m_title = c.title;
    m_number = c.number;
    BriefingComposer out(m_document.get(), m_style);
    out.spacer(kMastheadHeight);
    //: the addressee line (主送) of a notice; zh_CN: %1：
    out.add(out.block(Qt::AlignLeft), tr("%1:").arg(n.unit), out.body());
    const QString asOf = BriefingDocument::dateText(n.issuedOn);
    out.paragraph(n.kind == Notice::Kind::Notice
                      //: zh_CN: 截至%1，你单位承担的下列任务推进滞后，现予督办，请切实抓好整改落实。
                      ? tr("As of %1, the tasks below that your unit is responsible for are behind. They are "
                           "hereby placed under supervision; please see that they are put right.")
                            .arg(asOf)
                      //: zh_CN: 截至%1，你单位承担的下列任务需加快推进，现予催办。
                      : tr("As of %1, the tasks below that your unit is responsible for need to move faster. "
                           "This is a reminder to speed them up.")
                            .arg(asOf));
    QList<QStringList> rows;
    int no = 0;
    for (const NoticeTaskLine &t : c.tasks)
        rows.append({QString::number(++no), t.code, t.title, deadlineText(t), t.state});
    //: column headers of a notice's tasks; zh_CN: 序号, 编号, 任务名称, 完成时限, 当前状态
    out.table({tr("No."), tr("Code"), tr("Task"), tr("Deadline"), tr("State")}, {7, 8, 30, 23, 32}, rows,
              {true, true, false, true, false});
    const QStringList requirement = n.requirement.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < requirement.size(); ++i)
        //: the requirement (工作要求) of a notice, its first paragraph; zh_CN: 工作要求：%1
        out.paragraph(i == 0 ? tr("Requirement: %1").arg(requirement.at(i).trimmed())
                             : requirement.at(i).trimmed());
    if (n.responseDue.isValid())
        //: zh_CN: 回复时限：%1前。
        out.paragraph(tr("Response due by %1.").arg(BriefingDocument::dateText(n.responseDue)));
    out.spacer(pt(32));
    // GB/T 9704: the date stands two characters in from the right, the issuer centred over it.
    QFont body(m_style.bodyFamily);
    body.setFamilies({m_style.bodyFamily});
    body.setPointSizeF(16);
    const QFontMetricsF metrics(body, m_layoutDevice.get());
    const qreal dateRight = pt(16) * 2;
    QTextBlockFormat dateBlock = out.block(Qt::AlignRight);
    dateBlock.setRightMargin(dateRight);
    QTextBlockFormat issuerBlock = dateBlock;
    issuerBlock.setRightMargin(std::max<qreal>(
        0, dateRight + (metrics.horizontalAdvance(asOf) - metrics.horizontalAdvance(n.issuer)) / 2));
    out.add(issuerBlock, n.issuer, out.body());
    out.add(dateBlock, asOf, out.body());
}

void NoticeDocument::paintMasthead(QPainter *painter) const
{
    const QRectF block = BriefingDocument::textBlock();
    painter->save();
    // A short title is letter-spaced as mastheads are (督 办 通 知 单); the size shrinks until it fits.
    const qreal spacing = m_title.size() <= 8 ? pt(6) : 0;
    auto titleFont = [&](qreal points) {
        QFont f = pageFont(m_style.headingFamily, points, true);
        f.setLetterSpacing(QFont::AbsoluteSpacing, spacing);
        return f;
    };
    qreal size = 36;
    QFont title = titleFont(size);
    while (size > 18 && QFontMetricsF(title).horizontalAdvance(m_title) > block.width()) {
        size -= 2;
        title = titleFont(size);
    }
    painter->setPen(kRed);
    painter->setFont(title);
    // (shifted by half the space the last character leaves after it)
    painter->drawText(QRectF(block.left() + spacing / 2, block.top(), block.width(), mm(20)),
                      Qt::AlignHCenter | Qt::AlignBottom, m_title);
    painter->setPen(Qt::black);
    painter->setFont(pageFont(m_style.bodyFamily, 16));
    painter->drawText(QRectF(block.left(), block.top() + mm(24), block.width(), mm(9)),
                      Qt::AlignHCenter | Qt::AlignTop, m_number);
    painter->fillRect(QRectF(block.left(), block.top() + mm(35), block.width(), mm(0.8)), kRed);
    painter->restore();
}

void NoticeDocument::paintPageNumber(QPainter *painter, int page) const
{
    // As the briefing: "— N —" 7 mm below the text block, odd pages right, even pages left.
    const QRectF block = BriefingDocument::textBlock();
    painter->save();
    painter->setPen(Qt::black);
    painter->setFont(pageFont(m_style.bodyFamily, 14));
    const QString text = QStringLiteral("— %1 —").arg(page + 1);
    const QRectF area(block.left() + pt(14), block.bottom() + mm(7), block.width() - 2 * pt(14), mm(8));
    painter->drawText(area, ((page % 2 == 0) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, text);
    painter->restore();
}

void NoticeDocument::paintPage(QPainter *painter, int page) const
{
    const QRectF block = BriefingDocument::textBlock();
    const qreal height = block.height();
    painter->save();
    painter->translate(block.left(), block.top() - page * height);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, page * height, block.width(), height);
    context.palette.setColor(QPalette::Text, Qt::black);
    painter->setClipRect(context.clip);
    m_document->documentLayout()->draw(painter, context);
    painter->restore();
    if (page == 0)
        paintMasthead(painter);
    paintPageNumber(painter, page);
}

QImage NoticeDocument::pageImage(int page, int width) const
{
    const QSizeF size = BriefingDocument::pageSize();
    const qreal scale = width / size.width();
    QImage image(QSize(width, int(std::ceil(size.height() * scale))), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paintPage(&painter, page);
    return image;
}

} // namespace duban::ui
