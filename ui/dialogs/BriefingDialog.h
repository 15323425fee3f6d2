#pragma once

#include "core/briefing/BriefingOptions.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QCheckBox;
class QFontComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTimer;
class QVBoxLayout;

namespace duban::core {
class OpenLedger;
} // namespace duban::core

namespace duban::ui {

/// Gathers a briefing's options (as-of date, issue number, parts, remarks), shows a live preview of its
/// pages, and exports it to PDF or prints it; each issue exported or printed is remembered in the database.
class BriefingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BriefingDialog)
public:
    explicit BriefingDialog(core::OpenLedger *store, QWidget *parent = nullptr);

    core::BriefingOptions options() const;
    /// Pages currently shown in the preview.
    int previewPageCount() const { return m_pageCount; }

    /// Exports the briefing to `path` (replacing a file there: the file dialog asked) and remembers the
    /// issue; false with `error` set if the file cannot be written.
    bool exportPdfTo(const QString &path, QString *error);

public slots:
    void exportPdf();
    void print();
    /// Rebuilds the preview now (normally done shortly after any option changes).
    void refreshPreview();

private:
    void suggestIssue();
    void remember(const QString &file);

    core::OpenLedger *m_store;
    QDateEdit *m_asOf;
    QSpinBox *m_issue;
    QList<QPair<core::BriefingPart, QCheckBox *>> m_parts;
    QPlainTextEdit *m_remarks;
    QFontComboBox *m_bodyFont = nullptr;
    QFontComboBox *m_headingFont = nullptr;
    QWidget *m_pages;
    QVBoxLayout *m_pagesLayout;
    QLabel *m_status;
    QTimer *m_refresh;
    int m_pageCount = 0;
    bool m_issueEdited = false;
};

} // namespace duban::ui
