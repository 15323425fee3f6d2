#include "BriefingDialog.h"

#include "core/services/OpenLedger.h"
#include "ui/AppSettings.h"
#include "ui/export/BriefingDocument.h"
#include "ui/export/BriefingPdfWriter.h"
#include "ui/export/BriefingStyle.h"

#include "core/io/OutputFile.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace duban::ui {

using namespace duban::core;

namespace {

constexpr int kPreviewWidth = 520;

} // namespace

BriefingDialog::BriefingDialog(core::OpenLedger *store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Briefing"));
    auto *options = new QWidget(this);
    auto *form = new QFormLayout;
    m_asOf = new QDateEdit(store->asOf(), options);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("As of:"), m_asOf);
    m_issue = new QSpinBox(options);
    m_issue->setRange(1, 9999);
    form->addRow(tr("Issue No.:"), m_issue);
    // Offices often have 方正小标宋简体 / 仿宋_GB2312 installed: let them choose; the choice is remembered.
    {
        QSettings settingsStore;
        const BriefingStyle style = BriefingStyle::fromSettings(settingsStore);
        m_bodyFont = new QFontComboBox(options);
        m_bodyFont->setWritingSystem(QFontDatabase::SimplifiedChinese);
        m_bodyFont->setCurrentFont(QFont(style.bodyFamily));
        m_bodyFont->setToolTip(
            tr("Font of the body text (仿宋 or a Song face). Fonts other than AR PL UMing and "
               "WenQuanYi Micro Hei may put other characters into the PDF's text layer."));
        form->addRow(tr("Body font:"), m_bodyFont);
        m_headingFont = new QFontComboBox(options);
        m_headingFont->setWritingSystem(QFontDatabase::SimplifiedChinese);
        m_headingFont->setCurrentFont(QFont(style.headingFamily));
        m_headingFont->setToolTip(tr("Font of the title and headings (小标宋 or 黑体)."));
        form->addRow(tr("Heading font:"), m_headingFont);
    }

    auto *partsBox = new QGroupBox(tr("Include"), options);
    auto *partsLayout = new QVBoxLayout(partsBox);
    const QList<QPair<BriefingPart, QString>> parts = {
        {BriefingPart::Overview, tr("Overview (counts by light)")},
        {BriefingPart::Sections, tr("Progress by section")},
        {BriefingPart::Progress, tr("Good progress and lagging tasks")},
        {BriefingPart::Units, tr("Table by unit (attachment)")},
        {BriefingPart::Overdue, tr("Overdue tasks (attachment)")},
        {BriefingPart::Supervision, tr("Reminders and notices of the period")},
        {BriefingPart::Targets, tr("Targets and trend charts")},
        {BriefingPart::Remarks, tr("Next steps (remarks below)")},
    };
    for (const auto &[part, label] : parts) {
        auto *box = new QCheckBox(label, partsBox);
        box->setChecked(true);
        partsLayout->addWidget(box);
        m_parts.append({part, box});
    }
    m_remarks = new QPlainTextEdit(options);
    m_remarks->setPlaceholderText(tr("The office's remarks: next steps, requests to units …"));

    auto *exportButton = new QPushButton(tr("Export &PDF…"), options);
    auto *printButton = new QPushButton(tr("&Print…"), options);
    auto *closeButtons = new QDialogButtonBox(QDialogButtonBox::Close, options);
    m_status = new QLabel(options);
    m_status->setWordWrap(true);

    auto *left = new QVBoxLayout(options);
    left->addLayout(form);
    left->addWidget(partsBox);
    left->addWidget(new QLabel(tr("Remarks:"), options));
    left->addWidget(m_remarks, 1);
    left->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(exportButton);
    buttons->addWidget(printButton);
    buttons->addStretch();
    buttons->addWidget(closeButtons);
    left->addLayout(buttons);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(kPreviewWidth + 40);
    scroll->setBackgroundRole(QPalette::Dark);
    m_pages = new QWidget(scroll);
    m_pagesLayout = new QVBoxLayout(m_pages);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    scroll->setWidget(m_pages);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(options);
    layout->addWidget(scroll, 1);
    resize(1000, 760);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(300);
    connect(m_refresh, &QTimer::timeout, this, &BriefingDialog::refreshPreview);
    auto later = [this] { m_refresh->start(); };
    connect(m_asOf, &QDateEdit::dateChanged, this, [this, later] {
        suggestIssue();
        later();
    });
    connect(m_issue, &QSpinBox::valueChanged, this, [this, later] {
        m_issueEdited = true;
        later();
    });
    for (const auto &entry : std::as_const(m_parts))
        connect(entry.second, &QCheckBox::toggled, this, later);
    connect(m_remarks, &QPlainTextEdit::textChanged, this, later);
    auto saveFonts = [this, later] {
        QSettings settingsStore;
        settings::bodyFont.set(settingsStore, m_bodyFont->currentFont().family());
        settings::headingFont.set(settingsStore, m_headingFont->currentFont().family());
        later();
    };
    connect(m_bodyFont, &QFontComboBox::currentFontChanged, this, saveFonts);
    connect(m_headingFont, &QFontComboBox::currentFontChanged, this, saveFonts);
    connect(exportButton, &QPushButton::clicked, this, &BriefingDialog::exportPdf);
    connect(printButton, &QPushButton::clicked, this, &BriefingDialog::print);
    connect(closeButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    suggestIssue();
    refreshPreview();
}

BriefingOptions BriefingDialog::options() const
{
    BriefingOptions o;
    o.asOf = m_asOf->date();
    o.issue = m_issue->value();
    o.parts = {};
    for (const auto &[part, box] : m_parts)
        if (box->isChecked())
            o.parts |= part;
    o.remarks = m_remarks->toPlainText();
    return o;
}

void BriefingDialog::suggestIssue()
{
    if (m_issueEdited)
        return;
    const QSignalBlocker blocker(m_issue);
    m_issue->setValue(m_store->briefings().nextIssue(m_asOf->date()));
}

void BriefingDialog::refreshPreview()
{
    m_refresh->stop();
    const BriefingContent content = m_store->briefings().content(options());
    const BriefingDocument document(content, BriefingStyle::fromSettings(QSettings()));
    while (QLayoutItem *item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pageCount = document.pageCount();
    const qreal ratio = devicePixelRatioF();
    for (int page = 0; page < m_pageCount; ++page) {
        QImage image = document.pageImage(page, int(kPreviewWidth * ratio));
        image.setDevicePixelRatio(ratio);
        auto *label = new QLabel(m_pages);
        label->setPixmap(QPixmap::fromImage(image));
        label->setFrameShape(QFrame::Box);
        m_pagesLayout->addWidget(label);
    }
    m_status->setText(tr("%n page(s)", nullptr, m_pageCount));
}

void BriefingDialog::remember(const QString &file)
{
    StorageError error;
    if (m_store->refuseWhileHeld(&error)) {
        QMessageBox::warning(this, tr("Briefing"), error.message);
        return;
    }
    if (!m_store->briefings().recordIssue(m_issue->value(), m_asOf->date(), file,
                                          QDateTime::currentDateTime(), &error)) {
        QMessageBox::warning(this, tr("Briefing"), error.message);
        return;
    }
    m_issueEdited = false;
    suggestIssue();
}

void BriefingDialog::exportPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: Default file name of an exported briefing; %1 the issue, %2 the as-of date
    const QString name =
        tr("briefing-%1-%2.pdf").arg(m_issue->value()).arg(m_asOf->date().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export briefing"),
                                                      QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdfTo(path, &error))
        QMessageBox::warning(this, tr("Export briefing"), error);
}

bool BriefingDialog::exportPdfTo(const QString &path, QString *error)
{
    const BriefingContent content = m_store->briefings().content(options());
    const BriefingDocument document(content, BriefingStyle::fromSettings(QSettings()));
    // The file dialog asked before replacing a file; the ledger itself is never replaced.
    OutputFile::Options output;
    output.overwrite = true;
    output.protectedFiles = {m_store->path()};
    if (!BriefingPdfWriter::write(document, path, output, error))
        return false;
    const int issue = m_issue->value();
    remember(path);
    m_status->setText(tr("Issue %1 saved to %2.").arg(issue).arg(QDir::toNativeSeparators(path)));
    return true;
}

void BriefingDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BriefingContent content = m_store->briefings().content(options());
    const BriefingDocument document(content, BriefingStyle::fromSettings(QSettings()));
    if (!BriefingPdfWriter::print(document, &printer)) {
        QMessageBox::warning(this, tr("Print briefing"), tr("The briefing could not be printed."));
        return;
    }
    remember(QString());
}

} // namespace duban::ui
