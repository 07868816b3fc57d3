/**
 * A flagged number's message (./FlagView.tsx): the view and its language's words load together when the
 * first one shows (chunks of their own, as the calculators do), so the checker's bundle does not carry them.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FlagStrings } from '../../i18n/types';
import type { FlagProps } from './FlagView';
import { useStrings } from './strings';

type Loaded = [{ default: ComponentType<FlagProps & { t: FlagStrings }> }, FlagStrings];
let loading: Promise<Loaded> | undefined;

export default function Flag(props: FlagProps) {
  const { loadFlags } = useStrings();
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => void (loading ??= Promise.all([import('./FlagView'), loadFlags()])).then(setLoaded), []);
  if (!loaded) return null;
  const [{ default: View }, t] = loaded;
  return <View {...props} t={t} />;
}
