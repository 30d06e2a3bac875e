# shellcheck shell=sh
# kbk: the admins who share the database with the web server (docs/WEB.md, "Deployment").
# Installed as /etc/profile.d/kbk.sh: every login shell of a member of the group kbk gets the
# database without --db, and the umask 007, so that whatever kbk writes is the group's and never
# the world's.
case " $(id -Gn 2>/dev/null) " in
    *" kbk "*)
        umask 007
        export KBK_DB=/var/lib/kbk/kbk.sqlite
        ;;
esac
