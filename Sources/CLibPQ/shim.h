#ifndef KBK_CLIBPQ_SHIM_H
#define KBK_CLIBPQ_SHIM_H

#include <libpq-fe.h>

// The PG_DIAG_* field codes are character-literal macros, which Swift cannot import.
static const int kbk_pg_diag_sqlstate = PG_DIAG_SQLSTATE;
static const int kbk_pg_diag_message_primary = PG_DIAG_MESSAGE_PRIMARY;
static const int kbk_pg_diag_message_detail = PG_DIAG_MESSAGE_DETAIL;
static const int kbk_pg_diag_constraint_name = PG_DIAG_CONSTRAINT_NAME;

#endif
