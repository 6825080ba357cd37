#pragma once

#include <QIcon>

namespace Strata::Ui {

// How sound an item is, worst finding first: the tree, the problems list and the status bar all
// show it with the same badges.
enum class ItemState { Valid, Warnings, Errors };

// The icons of resources/icons (embedded from resources/strata.qrc), cached.
namespace Icons {

QIcon app();
QIcon package();
QIcon table();
QIcon column();
QIcon keyColumn();
QIcon migration();
QIcon folder();
QIcon error();
QIcon warning();
QIcon ok();

// `base` with an error or warning badge in its lower right corner; `base` itself when valid.
// `name` identifies `base` for the cache.
QIcon withState(const QString &name, const QIcon &base, ItemState state);

} // namespace Icons
} // namespace Strata::Ui
