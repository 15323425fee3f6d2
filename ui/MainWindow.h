#pragma once

#include "core/storage/StorageError.h"

#include <QMainWindow>

#include <vector>

#include <functional>
#include <memory>

class QProgressBar;
class QStackedWidget;
class QToolBar;
class QTabWidget;
class QActionGroup;

namespace duban::core {
class Database;
}

namespace duban::core {
class OpenLedger;
class UndoStack;
} // namespace duban::core

namespace duban::ui {

class DashboardView;
class LedgerView;
class SupervisionView;
class WelcomePage;

/// The application window: menus, the undo stack, and the screens over one open database.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(std::unique_ptr<core::Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    core::OpenLedger *store() const { return m_store; }
    LedgerView *ledger() const { return m_ledger; }
    core::UndoStack *undoStack() const;
    SupervisionView *supervision() const { return m_supervision; }
    DashboardView *dashboard() const { return m_dashboard; }
    QTabWidget *tabs() const { return m_tabs; }
    core::Database *database() const;

    /// Switches to another database file; on failure says why and keeps the current one. A missing file
    /// (other than the default database) is created only if the create question is answered yes.
    bool openDatabase(const QString &path);
    /// Replaces the question asked before a missing database is created (tests answer it without a box).
    void setCreateQuestion(std::function<bool(const QString &question)> ask) { m_askCreate = std::move(ask); }
    /// What happens when the background integrity check finds the file damaged (default: say so, close).
    void setDamagedHandler(std::function<void(const QString &message)> handler)
    {
        m_damaged = std::move(handler);
    }

signals:
    /// The background integrity check of a large file finished.
    void integrityCheckFinished(bool sound);

public:
public slots:
    void chooseDatabase();
    void showUnitDirectory();
    void importPlan();
    void openSample();
    void showAbout();
    void editStatusRules();
    /// The print preview of these tasks' rows (the exported ledger's table, A4 landscape).
    void printTasks(const std::vector<qint64> &taskIds);
    /// Edit ▸ Preferences: the name recorded with each step.
    void editPreferences();

public:
    /// Keeps `name` as the acting user's name (preferences) and records the next steps under it.
    void setActorName(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildScreens(std::unique_ptr<core::Database> database);
    void updatePage();
    void setLanguage(const QString &code);
    void showStorageError(const QString &message);
    void runImportDialog(const QString &path, const QByteArray &sample);

    core::OpenLedger *m_store = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    LedgerView *m_ledger = nullptr;
    SupervisionView *m_supervision = nullptr;
    DashboardView *m_dashboard = nullptr;
    QToolBar *m_toolbar = nullptr;
    QProgressBar *m_progress = nullptr;
    std::function<bool(const QString &)> m_askCreate;
    std::function<void(const QString &)> m_damaged;
    QString m_loginName; ///< what the history records without a name set (Database::actor())
    void integrityChecked(bool ok, const QString &message);
};

} // namespace duban::ui
