#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Strata::Ui {

// Narrows a ProblemsModel to one package and/or one code (exact matches; empty: all). It sits
// under the panel's ProblemsFilterModel, which sorts and filters by severity and text.
class ProblemsScopeFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProblemsScopeFilter(QObject *parent = nullptr);

    void setPackage(const QString &package);
    QString package() const { return m_package; }
    void setCode(const QString &code);
    QString code() const { return m_code; }

    // The packages and codes that occur in the source model, sorted (for the panel's choices).
    QStringList packages() const;
    QStringList codes() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList valuesOf(int column) const;

    QString m_package;
    QString m_code;
};

} // namespace Strata::Ui
