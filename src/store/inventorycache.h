#pragma once

#include "core/inventory.h"
#include "core/result.h"

class QSqlDatabase;

namespace linkscope::store {

// The cloud API's inventory kept in the history file (schema 2): products,
// devices with their status, and thing models as the cloud sent them.
// Saving replaces the products and devices (one that left the project
// leaves the cache) and the thing models it carries, in one transaction;
// the models of products still listed stay when a refresh could not fetch
// them again.
Result<bool> saveInventory(QSqlDatabase &db, const Inventory &inventory);
Result<Inventory> loadInventory(QSqlDatabase &db);

} // namespace linkscope::store
