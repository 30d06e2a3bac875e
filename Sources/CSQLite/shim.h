#ifndef KBK_CSQLITE_SHIM_H
#define KBK_CSQLITE_SHIM_H

#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro that Swift cannot import.
static inline sqlite3_destructor_type kbk_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

#endif
