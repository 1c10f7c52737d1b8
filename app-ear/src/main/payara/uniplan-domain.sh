#!/usr/bin/env bash
# Sets up and runs a Payara Server 6 domain for UniPlan: the demo domain (README's run command)
# and the integration-test domains (app-ear's pre-integration-test phase).
#
#   uniplan-domain.sh run     [--db h2|postgresql]   set up (once), start, deploy, print address and logins
#   uniplan-domain.sh stop                           stop the demo domain
#   uniplan-domain.sh reset   [--db h2|postgresql]   stop, delete the demo domain and its data, run again
#   uniplan-domain.sh setup-test --domain NAME --db h2|postgresql
#                                                    create a fresh test domain (Arquillian starts it)
#
# Environment: PAYARA_HOME (default: <repo>/.uniplan/payara6), UNIPLAN_EAR (run), PG_HOST, PG_PORT,
# PG_USER, PG_DATABASE (postgresql), UNIPLAN_PORTBASE (demo 8000, tests 28000).
# E-mail: the demo domain has it off (uniplan.mail.enabled=false, see README to turn it on); a test
# domain mails to 127.0.0.1 at port portbase + 25, where the integration tests run GreenMail.
# Every domain it makes has the Hazelcast data grid off, so nothing listens beyond loopback needs.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../../../.." && pwd)
PAYARA_HOME=${PAYARA_HOME:-$repo/.uniplan/payara6}
asadmin="$PAYARA_HOME/bin/asadmin"
DEMO_DOMAIN=uniplan-demo
DEMO_PASSWORD=demo
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}

log() { printf '[uniplan] %s\n' "$*" >&2; }
die() { printf '[uniplan] ERROR: %s\n' "$*" >&2; exit 1; }

[ -x "$asadmin" ] || die "no Payara at $PAYARA_HOME (the Maven build unpacks it; run the README command)"

admin_port() { echo $(( $1 + 48 )); }
http_port() { echo $(( $1 + 80 )); }
# The test domains' SMTP port (GreenMail in the test JVM): free in Payara's port-base scheme.
mail_port() { echo $(( $1 + 25 )); }

# asadmin against a running domain on its admin port
aa() { local port=$1; shift; "$asadmin" --port "$port" --interactive=false "$@"; }

domain_dir() { echo "$PAYARA_HOME/glassfish/domains/$1"; }

wait_for() { # url seconds
  local url=$1 limit=$2 i=0
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    i=$((i + 1)); [ "$i" -ge "$limit" ] && return 1; sleep 1
  done
}

ensure_postgres_database() { # name fresh(true|false)
  local db=$1 fresh=$2
  command -v psql >/dev/null || die "psql not found: install postgresql-client (or use --db h2)"
  if [ "$fresh" = true ]; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -q -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null
  fi
  if ! psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$db'" | grep -q 1; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -q -c "CREATE DATABASE \"$db\" ENCODING 'UTF8' TEMPLATE template0" >/dev/null
    log "created PostgreSQL database $db"
  fi
}

# The data source jdbc/uniplan, as an administrator would define it in production.
resources_xml() { # db pgdatabase
  local db=$1 pgdb=$2
  cat <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE resources PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Resource Definitions//EN"
    "http://glassfish.org/dtds/glassfish-resources_1_5.dtd">
<resources>
XML
  if [ "$db" = postgresql ]; then
    cat <<XML
  <jdbc-connection-pool name="uniplanPool" res-type="javax.sql.DataSource"
                        datasource-classname="org.postgresql.ds.PGSimpleDataSource"
                        is-connection-validation-required="true" connection-validation-method="meta-data"
                        steady-pool-size="2" max-pool-size="32">
    <property name="serverName" value="$PG_HOST"/>
    <property name="portNumber" value="$PG_PORT"/>
    <property name="databaseName" value="$pgdb"/>
    <property name="user" value="$PG_USER"/>
    <property name="password" value=""/>
    <property name="reWriteBatchedInserts" value="true"/>
  </jdbc-connection-pool>
XML
  else
    cat <<XML
  <jdbc-connection-pool name="uniplanPool" res-type="javax.sql.DataSource"
                        datasource-classname="org.h2.jdbcx.JdbcDataSource"
                        steady-pool-size="2" max-pool-size="16">
    <property name="URL" value="jdbc:h2:\${com.sun.aas.instanceRoot}/lib/databases/uniplan;DB_CLOSE_ON_EXIT=FALSE"/>
    <property name="user" value="uniplan"/>
    <property name="password" value=""/>
  </jdbc-connection-pool>
XML
  fi
  cat <<XML
  <jdbc-resource jndi-name="jdbc/uniplan" pool-name="uniplanPool"/>
</resources>
XML
}

create_domain() { # name portbase db pgdatabase [mail: off|test]
  local name=$1 portbase=$2 db=$3 pgdb=$4 mail=${5:-off}
  local port; port=$(admin_port "$portbase")
  log "creating domain $name (admin port $port, http port $(http_port "$portbase"), database $db)"
  "$asadmin" --interactive=false create-domain --nopassword=true --checkports=false --portbase "$portbase" "$name" >/dev/null
  local dir; dir=$(domain_dir "$name")
  # The PostgreSQL driver sits in the domain's lib/ (copied there by the Maven build).
  if compgen -G "$PAYARA_HOME/../lib/postgresql-*.jar" >/dev/null; then
    cp "$PAYARA_HOME"/../lib/postgresql-*.jar "$dir/lib/"
  fi
  local work; work=$(mktemp -d)
  resources_xml "$db" "$pgdb" > "$work/resources.xml"
  printf 'AS_ADMIN_USERPASSWORD=%s\n' "$DEMO_PASSWORD" > "$work/password"
  # One asadmin JVM for the whole configuration (multimode), rather than one per command.
  {
    echo "set-hazelcast-configuration --enabled=false"
    # Demo and test domains listen on loopback only.
    local l
    for l in http-listener-1 http-listener-2 admin-listener; do
      echo "set configs.config.server-config.network-config.network-listeners.network-listener.$l.address=127.0.0.1"
    done
    echo "set configs.config.server-config.iiop-service.iiop-listener.orb-listener-1.address=127.0.0.1"
    echo "set configs.config.server-config.admin-service.jmx-connector.system.address=127.0.0.1"
    echo "set configs.config.server-config.jms-service.type=DISABLED"
    # Realm groups map to the application's roles of the same name (uniplan-user, uniplan-admin, uniplan-it).
    echo "set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true"
    echo "delete-jvm-options -Xmx512m"
    echo "create-jvm-options -Xmx1g:-Duser.timezone=Europe/Stockholm"
    echo "set-config-property --propertyName=uniplan.demo-data --propertyValue=true --source=domain"
    # The UBW plugin reads the ledger; its drop folder is in the domain (nightly run at 02:00).
    echo "set-config-property --propertyName=uniplan.plugin.ubw.enabled --propertyValue=true --source=domain"
    echo "set-config-property --propertyName=uniplan.plugin.ubw.drop-folder --propertyValue=$dir/ledger-drop --source=domain"
    echo "set-config-property --propertyName=uniplan.mail.base-url --propertyValue=http://localhost:$(http_port "$portbase")/uniplan --source=domain"
    if [ "$mail" = test ]; then
      # Test domains mail to the GreenMail server the integration tests start on loopback, at mail_port.
      echo "set-config-property --propertyName=uniplan.mail.enabled --propertyValue=true --source=domain"
      echo "set-config-property --propertyName=uniplan.mail.host --propertyValue=127.0.0.1 --source=domain"
      echo "set-config-property --propertyName=uniplan.mail.port --propertyValue=$(mail_port "$portbase") --source=domain"
      echo "set-config-property --propertyName=uniplan.mail.from --propertyValue=uniplan@localhost --source=domain"
    fi
    while IFS=';' read -r user groups _; do
      case "$user" in ''|'#'*) continue ;; esac
      echo "create-file-user --groups $groups $user"
    done < "$here/demo-users.csv"
    echo "add-resources $work/resources.xml"
  } > "$work/commands"
  "$asadmin" start-domain "$name" >/dev/null
  "$asadmin" --port "$port" --interactive=false --passwordfile "$work/password" multimode --file "$work/commands" >/dev/null
  rm -rf "$work"
  "$asadmin" stop-domain "$name" >/dev/null
  echo "$db" > "$dir/uniplan-db"
}

print_logins() {
  local url=$1
  echo
  echo "UniPlan is running at $url"
  echo "Demo logins (password for all: $DEMO_PASSWORD):"
  while IFS=';' read -r user _ description; do
    case "$user" in ''|'#'*) continue ;; esac
    printf '  %-18s %s\n' "$user" "$description"
  done < "$here/demo-users.csv"
  echo "Stop it with: mvn -Prun package -Duniplan.action=stop   (reset the data: -Duniplan.action=reset)"
}

cmd=${1:-run}; shift || true
db=h2; domain=""; 
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; shift 2 ;;
    --domain) domain=$2; shift 2 ;;
    *) die "unknown option $1" ;;
  esac
done
case "$db" in h2|postgresql) ;; *) die "--db must be h2 or postgresql" ;; esac

case "$cmd" in
  run)
    portbase=${UNIPLAN_PORTBASE:-8000}
    ear=${UNIPLAN_EAR:-$repo/app-ear/target/uniplan.ear}
    [ -f "$ear" ] || die "no EAR at $ear: build it first (mvn -Prun package does)"
    if [ ! -d "$(domain_dir $DEMO_DOMAIN)" ]; then
      [ "$db" = postgresql ] && ensure_postgres_database uniplan false
      create_domain "$DEMO_DOMAIN" "$portbase" "$db" uniplan
    fi
    port=$(admin_port "$portbase")
    if ! aa "$port" uptime >/dev/null 2>&1; then
      log "starting domain $DEMO_DOMAIN"
      "$asadmin" start-domain "$DEMO_DOMAIN" >/dev/null
    fi
    log "deploying $(basename "$ear")"
    aa "$port" deploy --force=true --name uniplan --contextroot uniplan "$ear" >/dev/null
    url="http://localhost:$(http_port "$portbase")/uniplan/"
    wait_for "${url}login.xhtml" 120 || die "UniPlan did not answer at $url; see $(domain_dir $DEMO_DOMAIN)/logs/server.log"
    print_logins "$url"
    ;;
  stop)
    if [ -d "$(domain_dir $DEMO_DOMAIN)" ]; then "$asadmin" stop-domain "$DEMO_DOMAIN" >/dev/null || true; fi
    log "stopped $DEMO_DOMAIN"
    ;;
  reset)
    if [ -d "$(domain_dir $DEMO_DOMAIN)" ]; then
      "$asadmin" stop-domain "$DEMO_DOMAIN" >/dev/null 2>&1 || true
      "$asadmin" delete-domain "$DEMO_DOMAIN" >/dev/null
      log "deleted $DEMO_DOMAIN and its data"
    fi
    [ "$db" = postgresql ] && ensure_postgres_database uniplan true
    bash "$0" run --db "$db"
    ;;
  setup-test)
    [ -n "$domain" ] || die "setup-test needs --domain"
    portbase=${UNIPLAN_PORTBASE:-28000}
    if [ -d "$(domain_dir "$domain")" ]; then
      "$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
      "$asadmin" delete-domain "$domain" >/dev/null
    fi
    [ "$db" = postgresql ] && ensure_postgres_database uniplan_it true
    create_domain "$domain" "$portbase" "$db" uniplan_it test
    ;;
  *) die "unknown command $cmd (run, stop, reset, setup-test)" ;;
esac
