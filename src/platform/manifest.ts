// The package's imsmanifest.xml: SCORM 1.2, one organisation with one item, one SCO (the
// one-file edition). The schemas' .xsd files are not named: platforms do not need them, and a
// schemaLocation pointing at files the package lacks makes validators complain.

export interface ManifestInput {
  /** Unique per package: platforms tell packages apart by it. Letters, digits, '-' and '_'. */
  identifier: string;
  title: string;
  launchFile: string;
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export function scormManifest(m: ManifestInput): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(m.identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="thaw-organization">
    <organization identifier="thaw-organization">
      <title>${xml(m.title)}</title>
      <item identifier="thaw-item" identifierref="thaw-sco" isvisible="true">
        <title>${xml(m.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="thaw-sco" type="webcontent" adlcp:scormtype="sco" href="${xml(m.launchFile)}">
      <file href="${xml(m.launchFile)}"/>
    </resource>
  </resources>
</manifest>
`;
}
