#include "rollups.h"

#include <QSqlError>
#include <QSqlQuery>

namespace linkscope::store {

const char *RollupBatch::upsertSql()
{
    return "INSERT INTO sample_rollups(attribute_id, level, start, mn, mx, cnt, last, last_time) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(attribute_id, level, start) DO UPDATE SET "
           "mn = min(mn, excluded.mn), mx = max(mx, excluded.mx), cnt = cnt + excluded.cnt, "
           "last = CASE WHEN excluded.last_time >= last_time THEN excluded.last ELSE last END, "
           "last_time = max(last_time, excluded.last_time)";
}

void RollupBatch::add(qint64 attribute, qint64 time, double value)
{
    for (qint64 level : RollupLevels) {
        Row &r = m_rows[Key {attribute, level, rollupStart(time, level)}];
        r.mn = r.cnt ? std::min(r.mn, value) : value;
        r.mx = r.cnt ? std::max(r.mx, value) : value;
        ++r.cnt;
        if (time >= r.lastTime) {
            r.lastTime = time;
            r.last = value;
        }
    }
}

QString RollupBatch::write(QSqlQuery &upsert) const
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        upsert.addBindValue(it.key().attribute);
        upsert.addBindValue(it.key().level);
        upsert.addBindValue(it.key().start);
        upsert.addBindValue(it->mn);
        upsert.addBindValue(it->mx);
        upsert.addBindValue(it->cnt);
        upsert.addBindValue(it->last);
        upsert.addBindValue(it->lastTime);
        if (!upsert.exec())
            return QStringLiteral("updating a rollup failed: %1").arg(upsert.lastError().text());
    }
    return {};
}

} // namespace linkscope::store
