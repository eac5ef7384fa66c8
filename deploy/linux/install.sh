#!/usr/bin/env bash
# Sets up a Linux machine (Ubuntu 22.04/24.04, Debian 12) as a Kelvoa kiosk. Run as root:
#
#   sudo deploy/linux/install.sh [--desktop] [--user NAME] [--volume PERCENT] kelvoa-kiosk_<version>_amd64.deb
#
# Default (recommended): the kiosk alone on the screen in the cage Wayland kiosk compositor, started on
# tty1 at boot by a system unit, no desktop at all. --desktop: keep the GNOME desktop, log the kiosk
# account in automatically and start the kiosk as a systemd user service of that account.
# Both: Restart=always, no screen blanking or lock, no update pop-ups, a fixed audio volume.
# See deploy/README.md for what each step does and how to undo it.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
mode=cage
account=kiosk
volume=80
deb=''

usage() {
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --desktop) mode=desktop ;;
    --user) account="${2:?--user needs a name}"; shift ;;
    --volume) volume="${2:?--volume needs a percentage}"; shift ;;
    -h|--help) usage 0 ;;
    -*) echo "unknown option: $1" >&2; usage 2 ;;
    *) deb="$1" ;;
  esac
  shift
done

[ "$(id -u)" -eq 0 ] || { echo "run as root (sudo $0 …)" >&2; exit 1; }
[ -n "$deb" ] && [ -f "$deb" ] || { echo "give the kiosk's .deb file (npm run dist builds it in release/)" >&2; usage 2; }
[[ "$volume" =~ ^[0-9]{1,3}$ ]] && [ "$volume" -le 100 ] || { echo "--volume must be 0 to 100" >&2; exit 2; }
[[ "$account" =~ ^[a-z_][a-z0-9_-]*$ ]] || { echo "--user must be a plain account name" >&2; exit 2; }

export DEBIAN_FRONTEND=noninteractive
echo "== Installing the kiosk package (sandbox helper and, on Ubuntu 24.04+, its AppArmor profile)"
apt-get install -y "$(realpath "$deb")"

echo "== The kiosk account: $account"
if ! id "$account" >/dev/null 2>&1; then
  adduser --disabled-password --gecos 'Kelvoa kiosk' "$account"
fi
home="$(getent passwd "$account" | cut -d: -f6)"
user_units="$home/.config/systemd/user"
install -d -o "$account" -g "$account" "$home/.config" "$home/.config/systemd" "$user_units"

echo "== Fixed audio volume: $volume %"
sed "s/^Environment=KIOSK_VOLUME=.*/Environment=KIOSK_VOLUME=$volume/" "$here/fixed-volume.service" > "$user_units/kelvoa-kiosk-volume.service"
install -d -o "$account" -g "$account" "$user_units/default.target.wants"
ln -sf ../kelvoa-kiosk-volume.service "$user_units/default.target.wants/kelvoa-kiosk-volume.service"

echo "== No update pop-ups (security updates still install, silently, without rebooting)"
apt-get remove -y update-notifier >/dev/null 2>&1 || true
cat > /etc/apt/apt.conf.d/52kelvoa-kiosk <<'CONF'
// Kelvoa kiosk: install security updates unattended, never reboot or ask anyone.
APT::Periodic::Update-Package-Lists "1";
APT::Periodic::Unattended-Upgrade "1";
Unattended-Upgrade::Automatic-Reboot "false";
CONF

if [ "$mode" = cage ]; then
  echo "== cage on tty1, no desktop"
  apt-get install -y cage
  sed "s/^User=.*/User=$account/" "$here/kelvoa-kiosk-cage.service" > /etc/systemd/system/kelvoa-kiosk-cage.service
  # The display manager would take the screen (and tty1) from cage.
  systemctl disable display-manager.service >/dev/null 2>&1 || true
  systemctl set-default graphical.target
  systemctl daemon-reload
  systemctl enable kelvoa-kiosk-cage.service
else
  echo "== GNOME: automatic login of $account, the kiosk as a user service"
  install -m 0644 -o "$account" -g "$account" "$here/kelvoa-kiosk.service" "$user_units/kelvoa-kiosk.service"
  install -d -o "$account" -g "$account" "$user_units/graphical-session.target.wants"
  ln -sf ../kelvoa-kiosk.service "$user_units/graphical-session.target.wants/kelvoa-kiosk.service"
  gdm_conf=/etc/gdm3/custom.conf
  if [ -f "$gdm_conf" ]; then
    sed -i -e '/^AutomaticLoginEnable=/d' -e '/^AutomaticLogin=/d' "$gdm_conf"
    sed -i "/^\[daemon\]/a AutomaticLoginEnable=true\nAutomaticLogin=$account" "$gdm_conf"
  else
    echo "   no $gdm_conf: set automatic login of $account in your display manager by hand" >&2
  fi
  # No blanking, no lock, no sleep, no notification banners, no software-update prompts, for every account.
  install -d /etc/dconf/profile /etc/dconf/db/local.d
  [ -f /etc/dconf/profile/user ] || printf 'user-db:user\nsystem-db:local\n' > /etc/dconf/profile/user
  install -m 0644 "$here/gnome-kiosk.dconf" /etc/dconf/db/local.d/00-kelvoa-kiosk
  dconf update
fi
chown -R "$account:$account" "$home/.config/systemd"

echo "== Done. Put the venue's settings in $home/.config/Kelvoa Kiosk/venue-config.json if needed, then reboot."
