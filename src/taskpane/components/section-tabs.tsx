import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { usePaneT } from "../i18n";

const useStyles = makeStyles({
  // One row, whatever the width: what does not fit goes to the 更多 menu beside the tabs.
  row: { display: "flex", alignItems: "center", minWidth: 0, overflow: "hidden" },
  tabs: { flexWrap: "nowrap", minWidth: 0 },
  more: { flexShrink: 0 },
});

export interface TabEntry<Id extends string> {
  id: Id;
  /** Catalogue key of its name. */
  label: string;
}

function MoreItem<Id extends string>({ tab, onSelect }: { tab: TabEntry<Id>; onSelect: (id: Id) => void }) {
  const { t } = usePaneT();
  const visible = useIsOverflowItemVisible(tab.id);
  if (visible) return null;
  return (
    <MenuItem data-testid={`more-${tab.id}`} onClick={() => onSelect(tab.id)}>
      {t(tab.label)}
    </MenuItem>
  );
}

function MoreMenu<Id extends string>({ tabs, onSelect }: { tabs: readonly TabEntry<Id>[]; onSelect: (id: Id) => void }) {
  const { t } = usePaneT();
  const styles = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="transparent" ref={ref} data-testid="tab-more" className={styles.more} aria-label={t("pane.tab.more-label", { n: overflowCount })}>
          {t("pane.tab.more")}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab) => (
            <MoreItem key={tab.id} tab={tab} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/**
 * The sections as tabs on one row: the selected one always shows, those that do not fit are offered in a 更多
 * menu. A new section is one more entry in the list the pane passes.
 */
export function SectionTabs<Id extends string>({ tabs, selected, onSelect }: { tabs: readonly TabEntry<Id>[]; selected: Id; onSelect: (id: Id) => void }) {
  const styles = useStyles();
  const { t } = usePaneT();
  return (
    <Overflow minimumVisible={2}>
      {/* The menu sits beside the tab list, not in it: a tab list holds tabs only. */}
      <div className={styles.row}>
        <TabList className={styles.tabs} size="small" selectedValue={selected} onTabSelect={(_, data) => onSelect(data.value as Id)} aria-label={t("pane.sections")}>
          {tabs.map((tab) => (
            <OverflowItem key={tab.id} id={tab.id} priority={tab.id === selected ? 2 : 1}>
              <Tab value={tab.id} data-testid={`tab-${tab.id}`} id={`tab-${tab.id}`}>
                {t(tab.label)}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreMenu tabs={tabs} onSelect={onSelect} />
      </div>
    </Overflow>
  );
}
