; Inno Setup 6 script: turns dist\Dossier (built by packaging\dossier.spec on Windows) into
; one Dossier-<version>-setup.exe. See README.md beside this file for the whole recipe.
;
;   iscc packaging\windows\dossier.iss
;
; The version is read from Dossier.exe's version resource, which the spec writes from
; app/__init__.py; `iscc /DAppVersion=...` overrides it. Nothing here repeats it.

#define AppExe "Dossier.exe"
#define DistDir AddBackslash(SourcePath) + "..\..\dist\Dossier"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(DistDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error Build dist\Dossier first (pyinstaller packaging\dossier.spec): no version found.
#endif

[Setup]
; The AppId ties updates to the installed copy: never change it.
AppId={{C0A4E06F-971D-4E12-A839-31E4187E4CAF}
AppName=Dossier
AppVersion={#AppVersion}
AppVerName=Dossier {#AppVersion}
AppPublisher=The Dossier authors
DefaultDirName={autopf}\Dossier
DefaultGroupName=Dossier
DisableProgramGroupPage=yes
; For the current user by default: no administrator password, which a shared or managed
; computer may not give. The installer offers all users when it can.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#DistDir}\..
OutputBaseFilename=Dossier-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=Dossier
UninstallDisplayIcon={app}\{#AppExe}
#ifexist AddBackslash(SourcePath) + "..\..\build\dossier.ico"
SetupIconFile={#AddBackslash(SourcePath)}..\..\build\dossier.ico
#endif

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder app; an update replaces it, the vault lives elsewhere
; (%LOCALAPPDATA%\Dossier) and is never touched.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Libraries an older version had and this one no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Dossier"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\Dossier"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Dossier}"; Flags: nowait postinstall skipifsilent
