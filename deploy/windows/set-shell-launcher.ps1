<#
.SYNOPSIS
  Makes the Kelvoa kiosk the shell of one account with Shell Launcher (Windows Enterprise, Education,
  IoT Enterprise), restarted whenever it exits; every other account keeps Explorer.
.EXAMPLE
  .\set-shell-launcher.ps1 -Account kiosk
  .\set-shell-launcher.ps1 -Account kiosk -Remove
#>
param(
  [Parameter(Mandatory = $true)] [string] $Account,
  [string] $KioskExe = "$env:ProgramFiles\Kelvoa Kiosk\Kelvoa Kiosk.exe",
  [switch] $Remove
)
$ErrorActionPreference = 'Stop'

# Shell Launcher's actions when the shell exits.
$RestartShell = 0

$feature = Get-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher
if ($feature.State -ne 'Enabled') {
  Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -NoRestart | Out-Null
  Write-Host 'Shell Launcher turned on: restart Windows, then run this script again.'
  exit 0
}

$sid = (New-Object System.Security.Principal.NTAccount($Account)).Translate([System.Security.Principal.SecurityIdentifier]).Value
$shellLauncher = [wmiclass]'\\localhost\root\standardcimv2\embedded:WESL_UserSetting'

if ($Remove) {
  $shellLauncher.RemoveCustomShell($sid) | Out-Null
  Write-Host "The kiosk is no longer the shell of $Account."
  exit 0
}

if (-not (Test-Path $KioskExe)) { throw "The kiosk is not installed at $KioskExe" }
$shellLauncher.SetDefaultShell('explorer.exe', $RestartShell) | Out-Null
# --supervised: after a fatal error the kiosk exits and Shell Launcher starts it again (no self-relaunch race).
$shellLauncher.SetCustomShell($sid, "`"$KioskExe`" --supervised", $null, $null, $RestartShell) | Out-Null
$shellLauncher.SetEnabled($true) | Out-Null
Write-Host "The kiosk is now the shell of $Account; it restarts whenever it exits. Sign $Account in to check."
