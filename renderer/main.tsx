// The shared sheets first: the features' sheets, imported by their views, come after them and
// so win ties of specificity, as when the app had one sheet.
import './app/tokens.css';
import './app/app.css';
import './components/components.css';
import { createRoot } from 'react-dom/client';
import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community';
import { App } from './app/App';

ModuleRegistry.registerModules([AllCommunityModule]);

createRoot(document.getElementById('root')!).render(<App />);
