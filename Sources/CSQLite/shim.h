#ifndef KBK_CSQLITE_SHIM_H
#define KBK_CSQLITE_SHIM_H

// Debian's libsqlite3 is built with the pre-update hook (PRAGMA compile_options lists
// ENABLE_PREUPDATE_HOOK); its declaration is visible only with this defined. kbk uses it to check
// a sealed row's content before each change (KBKStore's RowSeals).
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro that Swift cannot import.
static inline sqlite3_destructor_type kbk_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

#endif
